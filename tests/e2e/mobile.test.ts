/**
 * On a phone (issue 11): 390×844 CSS px, touch, device pixel ratio 2. A community group member opens
 * a share link from a chat, reads the population in the bottom sheet, opens the sheet, and adapts
 * the proposal with a finger: builds one from three wards by tapping, draws a rectangle by tapping,
 * drags a vertex, pans and pinch-zooms. Touch comes from CDP (page.touchscreen.tap and
 * Input.dispatchTouchEvent); figures are checked against the engine run in node on the same shape.
 */
import { pointOnFeature } from '@turf/turf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prepared } from '../../src/analysis/prepare';
import type { AppData, AreaGeometry } from '../../src/data/schema';
import { decodeShareToken, tokenFromHash } from '../../src/io/share-link';
import { proposals, type LngLat } from './draw-helpers';
import { jumpTo, project, screenshot, waitForMapIdle, type AppSession } from './harness';
import { digits, engineEstimate, openWithEngine } from './engine-session';
import { MOBILE, SHARED, shareHash, tap, touchDrag, uncoveredArea, waitForResult, type Point } from './mobile-helpers';

/** Page px of every vertex of the proposal's outer ring(s). */
async function projectedRing(page: Page, geometry: AreaGeometry): Promise<Point[]> {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
  return Promise.all(rings.flat().map((pos) => project(page, [pos[0] ?? 0, pos[1] ?? 0])));
}

async function sheetState(page: Page): Promise<string | null> {
  return page.locator('aside.sidebar').getAttribute('data-sheet');
}

async function centre(page: Page, selector: string): Promise<Point> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Headless Linux chromium has no share sheet (navigator.share is undefined there): this stands in
 * for the phone's, recording what the app handed it. Installed before the app starts.
 */
const SHARE_SHEET = `
  window.__shared = [];
  Object.defineProperty(navigator, 'share', { configurable: true, value: (data) => { window.__shared.push(data); return Promise.resolve(); } });
`;

describe('on a phone (390×844, touch)', () => {
  let app: AppSession;
  let page: Page;
  let data: AppData;
  let prep: Prepared;

  beforeAll(async () => {
    ({ app, page, data, prep } = await openWithEngine({ ...MOBILE, path: await shareHash(SHARED), initScript: SHARE_SHEET }));
  });
  afterAll(async () => app?.close());

  it('opens a share link: the proposal is fitted above the sheet, whose peek shows its name and population', async () => {
    await waitForResult(page);
    await waitForMapIdle(page);
    const expected = engineEstimate(prep, SHARED.geometry as AreaGeometry);
    await expect.poll(async () => digits(await page.getByTestId('sheet-population').textContent())).toBe(expected);
    expect(await page.getByLabel('Selected proposal', { exact: true }).inputValue()).toBe(SHARED.id);
    expect(await page.locator('.sheet-peek__picker option:checked').textContent()).toBe('Hackney Central');

    // Wholly in the uncovered part of the map, and fitted (not a speck on a view of all London).
    const free = await uncoveredArea(page);
    const ring = await projectedRing(page, SHARED.geometry as AreaGeometry);
    const xs = ring.map((p) => p.x);
    const ys = ring.map((p) => p.y);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(free.left);
    expect(Math.max(...xs)).toBeLessThanOrEqual(free.right);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(free.top);
    expect(Math.max(...ys)).toBeLessThanOrEqual(free.bottom);
    expect(Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys))).toBeGreaterThan(150);
    await screenshot(page, 'phone-share-opened');
  });

  it('a tap on the handle opens the whole sheet, scrollable, with the same figure; dragging it down closes it', async () => {
    await tap(page, await centre(page, '.sheet-handle'));
    expect(await sheetState(page)).toBe('full');
    const figure = await page.getByTestId('population-estimate').textContent();
    expect(digits(figure)).toBe(digits(await page.getByTestId('sheet-population').textContent()));
    const body = page.locator('.sheet-body');
    const scroll = await body.evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, more: el.scrollHeight > el.clientHeight }));
    expect(scroll).toEqual({ overflow: 'auto', more: true });
    await screenshot(page, 'phone-sheet-full');

    const handle = await centre(page, '.sheet-handle');
    await touchDrag(page, [{ from: handle, to: { x: handle.x, y: handle.y + 400 } }]);
    await expect.poll(() => sheetState(page)).toBe('peek');
    const again = await centre(page, '.sheet-handle');
    await touchDrag(page, [{ from: again, to: { x: again.x, y: again.y - 300 } }]);
    await expect.poll(() => sheetState(page)).toBe('full');
    await tap(page, await centre(page, '.sheet-handle'));
    expect(await sheetState(page)).toBe('peek');
  });

  it('every control on screen is at least 44×44 CSS px', async () => {
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('button, select, .draw-toolbar__toggle, .layer-panel__header button'))
        .map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ name, r }) => `${name}: ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
  });

  it('one finger pans the map and two fingers pinch-zoom it', async () => {
    const free = await uncoveredArea(page);
    const mid = { x: (free.left + free.right) / 2, y: (free.top + free.bottom) / 2 };
    const before = await page.evaluate(() => window.__ldm?.map?.getCenter().toArray());
    await touchDrag(page, [{ from: mid, to: { x: mid.x - 100, y: mid.y } }]);
    await waitForMapIdle(page);
    const after = await page.evaluate(() => window.__ldm?.map?.getCenter().toArray());
    expect(after?.[0]).toBeGreaterThan(before?.[0] ?? Infinity); // dragged left → the view moved east

    const zoomBefore = await page.evaluate(() => window.__ldm?.map?.getZoom() ?? NaN);
    await touchDrag(page, [
      { from: { x: mid.x - 30, y: mid.y }, to: { x: mid.x - 120, y: mid.y } },
      { from: { x: mid.x + 30, y: mid.y }, to: { x: mid.x + 120, y: mid.y } },
    ]);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.__ldm?.map?.getZoom() ?? NaN)).toBeGreaterThan(zoomBefore + 0.5);
  });

  it('a tap on the map shows the place card (no hover on a phone), and its button closes it', async () => {
    const ward = data.wards.features.find((f) => f.properties.name === 'Hackney Downs');
    if (!ward) throw new Error('Hackney Downs ward is not in the data');
    const at = pointOnFeature(ward).geometry.coordinates as unknown as LngLat;
    await jumpTo(page, at, 14);
    await tap(page, await project(page, at));
    const card = page.getByTestId('hover-card');
    await expect.poll(() => card.textContent()).toContain('Hackney Downs');
    expect(await card.textContent()).toContain('Hackney');
    await screenshot(page, 'phone-place-card');
    await page.getByRole('button', { name: 'Close the place card' }).tap();
    await expect.poll(() => card.count()).toBe(0);
  });

  it('builds a proposal from three wards by tapping them; the sheet shows the engine’s population', async () => {
    const names = ['Hackney Central', 'Hackney Downs', 'Homerton'];
    const wards = names.map((n) => {
      const f = data.wards.features.find((w) => w.properties.name === n && w.properties.boroughName.includes('Hackney'));
      if (!f) throw new Error(`ward ${n} is not in the data`);
      return f;
    });
    const points = wards.map((w) => pointOnFeature(w).geometry.coordinates as unknown as LngLat);
    const mid: LngLat = [points.reduce((a, p) => a + p[0], 0) / 3, points.reduce((a, p) => a + p[1], 0) / 3];
    await page.getByRole('button', { name: 'Build from wards' }).tap();
    await jumpTo(page, mid, 13.2);
    const free = await uncoveredArea(page);
    for (const [i, p] of points.entries()) {
      const px = await project(page, p);
      expect(px.y).toBeGreaterThan(free.top);
      expect(px.y).toBeLessThan(free.bottom);
      await tap(page, px);
      await expect.poll(async () => (await proposals(page)).at(-1)?.builtFrom?.codes.length, { timeout: 20_000 }).toBe(i + 1);
    }
    const built = (await proposals(page)).at(-1);
    expect(new Set(built?.builtFrom?.codes)).toEqual(new Set(wards.map((w) => w.properties.code)));
    await waitForResult(page);
    const expected = engineEstimate(prep, built?.geometry as AreaGeometry);
    await expect.poll(async () => digits(await page.getByTestId('sheet-population').textContent())).toBe(expected);
    await screenshot(page, 'phone-built-from-wards');
    await page.getByRole('button', { name: 'Browse the map' }).tap();
  });

  it('draws a rectangle with two taps, then drags one of its corners with a finger', async () => {
    await jumpTo(page, [-0.1, 51.52], 14);
    await page.getByRole('button', { name: 'Draw a rectangle' }).tap();
    const free = await uncoveredArea(page);
    const a = { x: 100, y: free.top + 80 };
    const b = { x: 290, y: free.top + 260 };
    const count = (await proposals(page)).length;
    await tap(page, a);
    await tap(page, b);
    await expect.poll(async () => (await proposals(page)).length).toBe(count + 1);
    const drawn = (await proposals(page)).at(-1);
    const ring = await projectedRing(page, drawn?.geometry as AreaGeometry);
    const xs = ring.map((p) => p.x);
    const ys = ring.map((p) => p.y);
    // Corners where the fingers landed (to a couple of px: coordinates are rounded to 7 decimals).
    expect(Math.min(...xs)).toBeCloseTo(a.x, -1);
    expect(Math.max(...xs)).toBeCloseTo(b.x, -1);
    expect(Math.min(...ys)).toBeCloseTo(a.y, -1);
    expect(Math.max(...ys)).toBeCloseTo(b.y, -1);
    await waitForResult(page);
    const first = digits(await page.getByTestId('sheet-population').textContent());
    expect(first).toBe(engineEstimate(prep, drawn?.geometry as AreaGeometry));
    await screenshot(page, 'phone-rectangle-drawn');

    // Finishing a drawing opens it for editing: drag the bottom-right corner 60 px right and down.
    await expect.poll(async () => (await page.evaluate(() => window.__ldm?.store.getState().mode.kind)) ?? '').toBe('edit');
    await waitForMapIdle(page);
    await touchDrag(page, [{ from: b, to: { x: b.x + 40, y: b.y + 60 } }], 10, 40);
    await expect.poll(async () => JSON.stringify((await proposals(page)).at(-1)?.geometry)).not.toBe(JSON.stringify(drawn?.geometry));
    const moved = await projectedRing(page, (await proposals(page)).at(-1)?.geometry as AreaGeometry);
    expect(moved.some((p) => Math.abs(p.x - (b.x + 40)) < 6 && Math.abs(p.y - (b.y + 60)) < 6)).toBe(true);
    await waitForResult(page);
    const after = digits(await page.getByTestId('sheet-population').textContent());
    expect(after).toBe(engineEstimate(prep, (await proposals(page)).at(-1)?.geometry as AreaGeometry));
    expect(after).not.toBe(first);
    await screenshot(page, 'phone-vertex-dragged');
  });

  it('"Share link" hands the link to the phone’s share sheet (Web Share API)', async () => {
    await tap(page, await centre(page, '.sheet-handle'));
    await page.getByRole('button', { name: 'Share link', exact: true }).tap();
    const shared = await page.waitForFunction(() => (window as unknown as { __shared: ShareData[] }).__shared[0]?.url);
    const url = String(await shared.jsonValue());
    const decoded = await decodeShareToken(tokenFromHash(new URL(url).hash) ?? '');
    expect(decoded.proposals.map((p) => p.name)).toEqual((await proposals(page)).map((p) => p.name));
    expect(await page.getByRole('status').filter({ hasText: 'Shared' }).count()).toBeGreaterThan(0);
    await tap(page, await centre(page, '.sheet-handle'));
  });

  it('logged no errors', () => {
    // Known, not from this layout: the pipeline names services without an id by their name
    // (scripts/pipeline/layers/services.ts), so chains such as "Dental Surgery" share an id and React
    // warns about duplicate list keys in the services section. Reported to the data owner.
    const duplicateServiceIds = (m: string) => m.includes('Encountered two children with the same key') && m.includes('services-');
    expect(app.errors.filter((m) => !duplicateServiceIds(m))).toEqual([]);
  });
});
