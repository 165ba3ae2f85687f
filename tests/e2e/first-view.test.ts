/**
 * Issue 11 item 4: the first view of a shared link on a phone (390×844, touch, DPR 2) with the CPU
 * throttled ×4 over CDP (Emulation.setCPUThrottlingRate, set before navigation).
 *
 * "First view" (README, "Performance"): the map painted with the borough outlines, the shared
 * proposal drawn and fitted, and its name in the results peek. Results (the population) may follow
 * it. The app marks each milestone with performance.mark (src/perf/marks.ts); this test reads them,
 * prints them, and checks they happen in the right order and that the first view is really on
 * screen. It asserts no wall-clock time (DESIGN.md: speed is measured, not timed in tests): the
 * figures against the 3 s budget come from `npm run bench:browser`.
 */
import { loadavg } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { FIRST_VIEW, PHONE, PHONE_CPU_THROTTLE, firstViewMs, visit, waitForMarks, type Marks, type Visit } from '../../scripts/lib/first-view';
import { renderedFeatures, screenshot } from './harness';
import { SHARED, shareHash } from './mobile-helpers';

describe(`first view of a share link on a phone, CPU ×${PHONE_CPU_THROTTLE}`, () => {
  let browser: Browser;
  let session: Visit;
  let page: Page;
  let marks: Marks;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    session = await visit(browser, inject('baseUrl') + (await shareHash(SHARED)), {
      context: PHONE,
      cpuThrottle: PHONE_CPU_THROTTLE,
      // Listening from before navigation, so an error during start-up (before `load`) is not missed.
      beforeNavigation: (p) => {
        p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        p.on('pageerror', (e) => errors.push(e.message));
      },
    });
    page = session.page;
    marks = await waitForMarks(page, [...FIRST_VIEW, 'results-shown', 'map-idle'], 150_000);
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    const rows = Object.entries(marks).sort((a, b) => a[1] - b[1]).map(([m, t]) => `  ${m.padEnd(17)} ${t.toFixed(0).padStart(6)} ms`);
    console.log(`[first-view] phone, CPU ×${PHONE_CPU_THROTTLE}, load average ${load}\n${rows.join('\n')}\n  first view        ${firstViewMs(marks).toFixed(0).padStart(6)} ms`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reaches every milestone in order: app, map, boroughs; proposal and name; results; then the heavy layers', () => {
    const at = (m: keyof Marks) => {
      const t = marks[m];
      if (t === undefined) throw new Error(`milestone ${m} was never marked`);
      return t;
    };
    expect(at('app-start')).toBeLessThan(at('manifest'));
    expect(at('manifest')).toBeLessThan(at('map-load'));
    expect(at('map-load')).toBeLessThanOrEqual(at('boroughs-painted'));
    expect(at('peek-named')).toBeLessThanOrEqual(at('results-shown'));
    expect(at('engine-ready')).toBeLessThanOrEqual(at('results-shown'));
    // The canvas is held back until the first view is drawn, then shown whole (src/map/first-frame.ts).
    expect(at('canvas-shown')).toBeLessThanOrEqual(at('boroughs-painted'));
    expect(at('canvas-shown')).toBeLessThanOrEqual(at('proposal-drawn'));
    // Heavy layers (services, LSOAs, wards) load only once the first view is on screen.
    expect(firstViewMs(marks)).toBeLessThanOrEqual(at('map-idle'));
  });

  it('shows the first view: borough outlines, the shared proposal drawn inside the screen, its name and its population in the peek', async () => {
    expect(await page.locator('.sheet-peek__picker option:checked').textContent()).toBe(SHARED.name);
    expect(await page.getByTestId('sheet-population').textContent()).toMatch(/^[\d,]+ residents$/);
    expect((await renderedFeatures(page, ['boroughs-line'])).length).toBeGreaterThan(0);
    const drawn = await renderedFeatures(page, ['proposals-fill']);
    expect(drawn.map((f) => f.id)).toContain(SHARED.id);
    // Fitted: every corner of the shared box is on screen, above the peek.
    const inside = await page.evaluate((ring) => {
      const map = window.__ldm?.map;
      if (!map) throw new Error('window.__ldm.map is missing');
      const sheetTop = document.querySelector('aside.sidebar')?.getBoundingClientRect().top ?? window.innerHeight;
      return ring.every(([lng, lat]) => {
        const p = map.project([lng ?? 0, lat ?? 0]);
        return p.x >= 0 && p.x <= window.innerWidth && p.y >= 0 && p.y <= sheetTop;
      });
    }, SHARED.geometry?.type === 'Polygon' ? SHARED.geometry.coordinates[0] ?? [] : []);
    expect(inside).toBe(true);
    // Shown, and drawn at the phone's full resolution (it loads at a tiny one while held).
    const canvas = await page.evaluate(() => {
      const c = window.__ldm?.map?.getCanvas();
      return c ? { held: c.classList.contains('map-canvas--held'), visibility: getComputedStyle(c).visibility, width: c.width, cssWidth: c.clientWidth } : null;
    });
    expect(canvas).toEqual({ held: false, visibility: 'visible', width: (canvas?.cssWidth ?? 0) * 2, cssWidth: canvas?.cssWidth });
    await screenshot(page, 'first-view-phone-throttled');
    expect(session.blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lights up the deferred layers after the first view: service points are on the map once it has settled', async () => {
    await page.evaluate(() => window.__ldm?.map?.jumpTo({ center: [-0.0625, 51.5475], zoom: 14.5 }));
    await page.waitForFunction(() => {
      const map = window.__ldm?.map;
      return !!map && map.isSourceLoaded('services') && map.queryRenderedFeatures({ layers: ['services-circle'] }).length > 0;
    }, undefined, { timeout: 60_000 });
    expect((await renderedFeatures(page, ['services-circle'])).length).toBeGreaterThan(0);
  });
});
