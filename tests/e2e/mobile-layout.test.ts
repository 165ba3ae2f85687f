/**
 * Layout per screen size (issue 11): screenshots at a phone, a tablet, a small laptop and a desktop,
 * with a shared proposal open, and checks that the main controls never overlap one another.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp, project, screenshot, waitForMapIdle, type AppSession } from './harness';
import { MOBILE, shareHash, SHARED, waitForResult } from './mobile-helpers';

type Box = { name: string; x: number; y: number; width: number; height: number };

/** Bounding boxes (CSS px) of the main controls that are on screen. */
async function controlBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const pick: [string, string][] = [
      ['layers', '.layer-panel'],
      ['tools', '.draw-toolbar__buttons'],
      ['undo/redo', '.phone-actions'],
      ['hint', '.draw-toolbar__hint'],
      ['results', 'aside.sidebar'],
      ['attribution', '.maplibregl-ctrl-attrib'],
    ];
    const out: Box[] = [];
    for (const [name, selector] of pick) {
      const el = document.querySelector(selector);
      if (!el) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      out.push({ name, x: r.x, y: r.y, width: r.width, height: r.height });
    }
    return out;
  });
}

/** Page box (CSS px) of the shared proposal as drawn on the map. */
async function proposalBox(page: Page): Promise<Box> {
  const corners = await Promise.all(
    (SHARED.geometry?.type === 'Polygon' ? (SHARED.geometry.coordinates[0] ?? []) : []).map((p) => project(page, [p[0] ?? 0, p[1] ?? 0])),
  );
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { name: 'proposal', x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Visible controls smaller than 44×44 CSS px, by name. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, select, .draw-toolbar__toggle'))
      .map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && (r.width < 44 || r.height < 44))
      .map(({ name, r }) => `${name}: ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function overlappingPairs(boxes: Box[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) if (overlaps(a, b)) pairs.push(`${a.name} × ${b.name}`);
  return pairs;
}

const SIZES = [
  { name: 'phone-390x844', ...MOBILE },
  { name: 'tablet-768x1024', viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'laptop-1366x768', viewport: { width: 1366, height: 768 } },
  { name: 'desktop-1920x1080', viewport: { width: 1920, height: 1080 } },
] as const;

describe('a layout for each size', () => {
  const sessions: AppSession[] = [];
  afterAll(async () => Promise.all(sessions.map((s) => s.close())));

  for (const size of SIZES) {
    it(`at ${size.name}: the shared proposal is fitted wholly in view, and no main controls overlap it or each other`, async () => {
      const app = await openApp({ ...size, path: await shareHash(SHARED) });
      sessions.push(app);
      const { page } = app;
      await waitForResult(page);
      await waitForMapIdle(page);
      await screenshot(page, `layout-${size.name}`);
      // The map fills its whole area at every size (MapLibre's own style sheet must not override the app's layout).
      const [area, canvas] = await Promise.all([page.locator('.app__map-area').boundingBox(), page.locator('.maplibregl-canvas').boundingBox()]);
      expect(area).not.toBeNull();
      // MapLibre sizes the canvas in whole CSS px.
      for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs((canvas?.[side] ?? NaN) - (area?.[side] ?? NaN))).toBeLessThan(1);
      const boxes = await controlBoxes(page);
      expect(boxes.map((b) => b.name)).toEqual(expect.arrayContaining(['tools', 'results', 'attribution']));
      expect(overlappingPairs(boxes)).toEqual([]);
      // The link's proposal is fitted wholly on the map and under no control (attribution included).
      const shape = await proposalBox(page);
      const map = await page.getByTestId('map').boundingBox();
      expect(map).not.toBeNull();
      if (map) expect(overlappingPairs([{ ...map, name: 'map' }, shape])).toEqual(['map × proposal']);
      expect(shape.x).toBeGreaterThanOrEqual(map?.x ?? Infinity);
      expect(shape.y).toBeGreaterThanOrEqual(map?.y ?? Infinity);
      expect(shape.x + shape.width).toBeLessThanOrEqual((map?.x ?? 0) + (map?.width ?? 0));
      expect(shape.y + shape.height).toBeLessThanOrEqual((map?.y ?? 0) + (map?.height ?? 0));
      expect(boxes.filter((b) => overlaps(b, shape)).map((b) => b.name)).toEqual([]);
      // Fitted, not a speck on a view of all London.
      expect(Math.max(shape.width, shape.height)).toBeGreaterThan(150);
      // On a touch screen (phone or tablet) every control is a finger-sized target.
      if ('hasTouch' in size) expect(await smallTargets(page)).toEqual([]);
      await app.close();
    });
  }
});
