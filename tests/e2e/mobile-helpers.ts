/** Shared by the phone and layout tests: phone emulation, a share link to open, touch gestures over CDP. */
import type { Page } from 'playwright-core';
import type { Polygon } from 'geojson';
import { encodeShareToken } from '../../src/io/share-link';
import type { Proposal } from '../../src/state/proposals-slice';
import { BENCH_SHARED_PROPOSAL } from '../../scripts/lib/shared-proposal';
import { waitForResult as waitForSelectedResult } from './draw-helpers';

/** A common phone: 390×844 CSS px, touch, device pixel ratio 2. */
export const MOBILE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

/** Axis-aligned box, EPSG:4326, [west, south, east, north]. */
export function box(w: number, s: number, e: number, n: number): Polygon {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

/** A proposal a community group might pass round: a box over Hackney Central and Dalston (EPSG:4326). */
export const SHARED: Proposal = BENCH_SHARED_PROPOSAL;

export async function shareHash(...proposals: Proposal[]): Promise<string> {
  return `#share=${await encodeShareToken(proposals)}`;
}

/** The shared wait for the selected proposal's result, with the phone tests' 90 s limit (they open share links cold). */
export function waitForResult(page: Page): Promise<void> {
  return waitForSelectedResult(page, 90_000);
}

export interface Point {
  x: number;
  y: number;
}

/** One finger (or two) on the screen, moved in steps, as a phone's touch screen reports it (CDP). */
export async function touchDrag(page: Page, paths: { from: Point; to: Point }[], steps = 8, stepMs = 30): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) =>
    paths.map(({ from, to }, id) => ({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t, id, radiusX: 4, radiusY: 4 }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  // A finger rests a moment before it moves (MapLibre and terra-draw both see a press, then a drag).
  await page.waitForTimeout(120);
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
    await page.waitForTimeout(stepMs);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** A tap at a page point, then the human pause before the next one. */
export async function tap(page: Page, p: Point): Promise<void> {
  await page.touchscreen.tap(p.x, p.y);
  await page.waitForTimeout(400);
}

/** The part of the map no panel covers (page CSS px): below the top bar, above the results peek. */
export async function uncoveredArea(page: Page): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return page.evaluate(() => {
    const bottomOf = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? 0;
    const top = Math.max(bottomOf('.draw-toolbar__hint'), bottomOf('.draw-toolbar__buttons'), bottomOf('.layer-panel'));
    const sheetTop = document.querySelector('aside.sidebar')?.getBoundingClientRect().top ?? window.innerHeight;
    return { left: 0, top, right: window.innerWidth, bottom: sheetTop };
  });
}

/** A finger held still on one point for `ms` (a long press: the app's threshold is 500 ms), then lifted (CDP). */
export async function longPress(page: Page, p: Point, ms = 900): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: p.x, y: p.y, id: 0, radiusX: 4, radiusY: 4 }] });
  await page.waitForTimeout(ms);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await page.waitForTimeout(400);
}

/**
 * Two quick taps on one point, 120 ms apart by the events' own timestamps (CDP `timestamp`), so that
 * a loaded test machine, which may deliver them seconds apart, still sends a double-tap.
 */
export async function doubleTap(page: Page, p: Point): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const finger = [{ x: p.x, y: p.y, id: 0, radiusX: 4, radiusY: 4 }];
  const t0 = Date.now() / 1000; // seconds since the epoch, as CDP's TimeSinceEpoch
  for (const [type, dt] of [['touchStart', 0], ['touchEnd', 0.04], ['touchStart', 0.12], ['touchEnd', 0.16]] as const) {
    await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchStart' ? finger : [], timestamp: t0 + dt });
  }
  await cdp.detach();
  await page.waitForTimeout(400);
}
