/**
 * Touch on a phone (issue 11), 390×844, touch, device pixel ratio 2: drawing a polygon by tapping
 * (closing rules as forgiving for a finger as for a mouse, a Finish button, double-tap), undo and
 * redo from the top bar, messages visible from the sheet's peek, and a long press showing the place
 * card where a tap would add a ward or a corner. Touch comes from CDP (page.touchscreen.tap and
 * Input.dispatchTouchEvent) at a human pace; figures are checked against the engine run in node.
 */
import { pointOnFeature } from '@turf/turf';
import type { Position } from 'geojson';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/analyse';
import type { Prepared } from '../../src/analysis/prepare';
import type { AppData, AreaGeometry } from '../../src/data/schema';
import { proposals, type LngLat } from './draw-helpers';
import { jumpTo, project, screenshot, waitForMapIdle, type AppSession } from './harness';
import { digits, openWithEngine } from './engine-session';
import { doubleTap, longPress, MOBILE, tap, uncoveredArea, waitForResult, type Point } from './mobile-helpers';

async function drawCorners(page: Page): Promise<number> {
  return page.evaluate(() => window.__ldm?.store.getState().drawCorners ?? -1);
}

async function modeKind(page: Page): Promise<string> {
  return page.evaluate(() => window.__ldm?.store.getState().mode.kind ?? '');
}

/** EPSG:4326 position under a page point, as the map reads it. */
async function unproject(page: Page, p: Point): Promise<Position> {
  return page.evaluate(({ x, y }) => {
    const map = window.__ldm?.map;
    if (!map) throw new Error('window.__ldm.map is missing');
    const rect = map.getCanvas().getBoundingClientRect();
    return map.unproject([x - rect.left, y - rect.top]).toArray();
  }, p);
}

/** A button's box, checked to be a finger-sized target (≥ 44×44 CSS px) that is really on top at its centre. */
async function fingerTarget(button: Locator): Promise<Point> {
  const box = await button.boundingBox();
  if (!box) throw new Error('button is not on screen');
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  expect(await button.evaluate((el, c) => el.contains(document.elementFromPoint(c.x, c.y)), centre)).toBe(true);
  return centre;
}

/** Taps "Draw a polygon" (scrolled into view in the top bar) and checks the mode. */
async function startPolygon(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Draw a polygon' }).tap();
  await expect.poll(() => page.evaluate(() => JSON.stringify(window.__ldm?.store.getState().mode))).toBe('{"kind":"draw","tool":"polygon"}');
}

// The two drawing tests tap at a human pace, wait for the map to settle at up to five zooms and for
// the engine's result: 226 s and 91 s at load 10–12 (2 cores shared by four sessions), over the
// 120 s default. A timed-out test's body keeps tapping while the next test runs, so they get 300 s.
describe('touch on a phone (390×844): polygons, undo, messages, long press', () => {
  let app: AppSession;
  let page: Page;
  let data: AppData;
  let prep: Prepared;
  const engine = (geometry: AreaGeometry) => analyse(prep, { id: 'node', name: 'node', kind: 'parish', geometry }).population.estimate;
  const ward = (name: string, borough: string) => {
    const f = data.wards.features.find((w) => w.properties.name === name && w.properties.boroughName.includes(borough));
    if (!f) throw new Error(`ward ${name} (${borough}) is not in the data`);
    return f;
  };

  beforeAll(async () => {
    ({ app, page, data, prep } = await openWithEngine(MOBILE));
  });
  afterAll(async () => app?.close());

  it('draws a polygon by tapping 5 corners of a real ward; a tap 14 px off the first corner finishes it; the sheet shows the engine’s population', async () => {
    // Snapping off, so the shape is exactly where the finger landed (the engine is run on those points).
    await page.locator('.draw-toolbar__toggle').tap();
    expect(await page.evaluate(() => window.__ldm?.store.getState().snapping)).toBe(false);
    const target = ward('Hackney Downs', 'Hackney');
    const ring = (target.geometry.type === 'Polygon' ? target.geometry.coordinates[0] : target.geometry.coordinates[0]?.[0]) ?? [];
    // Five of the ward's own corners, spread round its outline.
    const corners = [0, 1, 2, 3, 4].map((i) => ring[Math.floor((i * (ring.length - 1)) / 5)] as unknown as LngLat);
    const centre: LngLat = [corners.reduce((a, c) => a + c[0], 0) / 5, corners.reduce((a, c) => a + c[1], 0) / 5];
    await startPolygon(page);
    // The closest zoom at which all five corners lie in the uncovered map, clear of its edges.
    let taps: Point[] = [];
    for (const zoom of [15, 14.5, 14, 13.5, 13]) {
      await jumpTo(page, centre, zoom);
      const free = await uncoveredArea(page);
      taps = await Promise.all(corners.map((c) => project(page, c)));
      if (taps.every((p) => p.x > free.left + 30 && p.x < free.right - 30 && p.y > free.top + 30 && p.y < free.bottom - 30)) break;
    }
    const tapped: Position[] = [];
    for (const [i, p] of taps.entries()) {
      tapped.push(await unproject(page, p));
      await tap(page, p);
      expect(await drawCorners(page)).toBe(i + 1);
    }
    expect(await modeKind(page)).toBe('draw');
    const finish = page.getByRole('button', { name: 'Finish the polygon' });
    expect(await finish.isEnabled()).toBe(true);
    await screenshot(page, 'phone-polygon-tapping');

    const count = (await proposals(page)).length;
    const [first] = taps;
    if (!first) throw new Error('no corners');
    // 14 px from the first corner: a mouse click there adds a corner (8 px rule); a finger finishes (22 px).
    await tap(page, { x: first.x + 10, y: first.y + 10 });
    await expect.poll(async () => (await proposals(page)).length).toBe(count + 1);
    const drawn = (await proposals(page)).at(-1);
    const outline = drawn?.geometry?.type === 'Polygon' ? (drawn.geometry.coordinates[0] ?? []) : [];
    expect(outline).toHaveLength(6); // five corners and the closing one
    // The corners are where the finger landed (to terra-draw's 7 decimals); terra-draw may start the
    // ring at another corner or turn it round (right-hand rule), so match each one.
    for (const corner of tapped) {
      const near = outline.slice(0, 5).filter((c) => Math.abs((c[0] ?? 0) - (corner[0] ?? 0)) < 1e-6 && Math.abs((c[1] ?? 0) - (corner[1] ?? 0)) < 1e-6);
      expect(near).toHaveLength(1);
    }
    await waitForResult(page);
    const expected = engine({ type: 'Polygon', coordinates: [[...tapped, tapped[0] ?? []]] });
    expect(expected).toBeGreaterThan(1000);
    await expect.poll(async () => digits(await page.getByTestId('sheet-population').textContent())).toBe(expected);
    await screenshot(page, 'phone-polygon-tapped');
  }, 300_000);

  it('a tap near (not on) the previous corner adds a corner instead of finishing; ✓ Finish finishes; a double-tap finishes too', async () => {
    await jumpTo(page, [-0.1, 51.52], 15);
    const free = await uncoveredArea(page);
    const x0 = free.left + 80;
    const y0 = free.top + 60;
    const count = (await proposals(page)).length;
    await startPolygon(page);
    const finish = page.getByRole('button', { name: 'Finish the polygon' });
    for (const p of [{ x: x0, y: y0 }, { x: x0 + 180, y: y0 }, { x: x0 + 180, y: y0 + 150 }]) await tap(page, p);
    expect(await drawCorners(page)).toBe(3);
    // 15 px from the last corner, after a human pause: within a finger's closing radius of it, but a
    // corner, not a finish (terra-draw alone would have finished the shape here).
    await tap(page, { x: x0 + 165, y: y0 + 150 });
    expect(await drawCorners(page)).toBe(4);
    expect(await modeKind(page)).toBe('draw');
    expect((await proposals(page)).length).toBe(count);
    await tap(page, await fingerTarget(finish));
    await expect.poll(async () => (await proposals(page)).length).toBe(count + 1);
    const byButton = (await proposals(page)).at(-1);
    expect(byButton?.geometry?.type === 'Polygon' ? byButton.geometry.coordinates[0]?.length : 0).toBe(5);

    // A double-tap (two taps about 100 ms apart) adds its corner and finishes.
    await startPolygon(page);
    expect(await finish.isDisabled()).toBe(true); // no corners yet
    for (const p of [{ x: x0, y: y0 + 200 }, { x: x0 + 180, y: y0 + 200 }, { x: x0 + 180, y: y0 + 320 }]) await tap(page, p);
    await doubleTap(page, { x: x0, y: y0 + 320 });
    await expect.poll(async () => (await proposals(page)).length).toBe(count + 2);
    const byDoubleTap = (await proposals(page)).at(-1);
    expect(byDoubleTap?.geometry?.type === 'Polygon' ? byDoubleTap.geometry.coordinates[0]?.length : 0).toBe(5);
    await page.getByRole('button', { name: 'Browse the map' }).tap();
  }, 300_000);

  it('undo and redo sit in the top bar (≥ 44×44 CSS px): build a ward by tapping, undo it, redo it', async () => {
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    const target = ward('Homerton', 'Hackney');
    const code = target.properties.code;
    const inside = pointOnFeature(target).geometry.coordinates as unknown as LngLat;
    await page.getByRole('button', { name: 'Build from wards' }).tap();
    await jumpTo(page, inside, 14);
    const before = (await proposals(page)).length;
    await tap(page, await project(page, inside));
    await expect.poll(async () => (await proposals(page)).at(-1)?.builtFrom?.codes, { timeout: 20_000 }).toEqual([code]);
    expect((await proposals(page)).length).toBe(before + 1);
    await screenshot(page, 'phone-undo-redo');

    await tap(page, await fingerTarget(undo));
    await expect.poll(async () => (await proposals(page)).length).toBe(before);
    await tap(page, await fingerTarget(redo));
    await expect.poll(async () => (await proposals(page)).length).toBe(before + 1);
    expect((await proposals(page)).at(-1)?.builtFrom?.codes).toEqual([code]);
  });

  it('a long press shows the place card in build and draw modes without adding a ward or a corner', async () => {
    const card = page.getByTestId('hover-card');
    if ((await card.count()) > 0) await page.getByRole('button', { name: 'Close the place card' }).tap();
    const other = ward('Hackney Downs', 'Hackney');
    const inside = pointOnFeature(other).geometry.coordinates as unknown as LngLat;
    // Still building from wards (the Homerton proposal): a tap here would add Hackney Downs.
    expect(await modeKind(page)).toBe('build');
    await jumpTo(page, inside, 14);
    const codes = (await proposals(page)).at(-1)?.builtFrom?.codes;
    await longPress(page, await project(page, inside));
    await expect.poll(() => card.textContent()).toContain('Hackney Downs');
    await screenshot(page, 'phone-long-press-build');
    expect((await proposals(page)).at(-1)?.builtFrom?.codes).toEqual(codes);
    await page.getByRole('button', { name: 'Close the place card' }).tap();
    await expect.poll(() => card.count()).toBe(0);

    await startPolygon(page);
    await longPress(page, await project(page, inside));
    await expect.poll(() => card.textContent()).toContain('Hackney Downs');
    expect(await drawCorners(page)).toBe(0);
    // A tap still adds a corner after it.
    await page.getByRole('button', { name: 'Close the place card' }).tap();
    const p = await project(page, inside);
    await tap(page, { x: p.x, y: p.y - 40 });
    expect(await drawCorners(page)).toBe(1);
    await page.getByRole('button', { name: 'Browse the map' }).tap();
    expect(await drawCorners(page)).toBe(0);
  });

  it('messages show in the peek as a count and a title; a tap opens the sheet at them', async () => {
    const badge = page.getByTestId('peek-messages');
    const before = await page.evaluate(() => window.__ldm?.store.getState().notices.length ?? 0);
    // The peek counts the notices and the selected proposal's result messages (mobile-messages.test.ts).
    const peekCount = async () => ((await badge.count()) === 0 ? 0 : Number(/(\d+) messages?:/.exec((await badge.textContent()) ?? '')?.[1] ?? NaN));
    const countBefore = await peekCount();
    // Small areas can only be picked zoomed in: a tap at zoom 11 leaves a message.
    await page.getByRole('button', { name: 'Build from small areas' }).tap();
    await jumpTo(page, [-0.06, 51.545], 11);
    const free = await uncoveredArea(page);
    await tap(page, { x: (free.left + free.right) / 2, y: (free.top + free.bottom) / 2 });
    await expect.poll(() => badge.textContent()).toContain('Zoom in to pick small areas');
    expect(await peekCount()).toBe(countBefore + 1);
    await screenshot(page, 'phone-peek-message');

    await tap(page, await fingerTarget(badge));
    expect(await page.locator('aside.sidebar').getAttribute('data-sheet')).toBe('full');
    const notice = page.locator('.notice-list .notice').filter({ hasText: 'Zoom in to pick small areas' });
    const body = await page.locator('.sheet-body').boundingBox();
    const box = await notice.boundingBox();
    expect(box && body && box.y >= body.y && box.y + 20 <= body.y + body.height).toBe(true);
    await notice.getByRole('button', { name: /^Dismiss/ }).tap();
    await expect.poll(() => page.evaluate(() => window.__ldm?.store.getState().notices.length)).toBe(before);
    await tap(page, await fingerTarget(page.locator('.sheet-handle')));
    expect(await page.locator('aside.sidebar').getAttribute('data-sheet')).toBe('peek');
    expect(await peekCount()).toBe(countBefore);
    await page.getByRole('button', { name: 'Browse the map' }).tap();
    await waitForMapIdle(page);
  });

  it('logged no errors', () => {
    const duplicateServiceIds = (m: string) => m.includes('Encountered two children with the same key') && m.includes('services-');
    expect(app.errors.filter((m) => !duplicateServiceIds(m))).toEqual([]);
  });
});
