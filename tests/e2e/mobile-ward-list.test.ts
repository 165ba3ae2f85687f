/**
 * The ward list (search, add, remove) on a phone (issue 11), 390×844, touch: reached from the top
 * bar's "Find a ward" in build-from-wards mode, with 44 px targets; a ward added from it is shown
 * on the map (the camera eases to the built proposal, clear of the sheet and the list), and the peek
 * shows the engine's population for the union. On a touch tablet (768×1024, the desktop layout) the
 * camera follows a ward added from the list too. Touch from CDP, typing from the keyboard, at a
 * human pace; figures are checked against the engine run in node on the built shape.
 */
import { booleanIntersects } from '@turf/turf';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/analyse';
import type { Prepared } from '../../src/analysis/prepare';
import type { AppData, AreaGeometry, WardCollection } from '../../src/data/schema';
import { proposals } from './draw-helpers';
import { project, screenshot, waitForMapIdle, type AppSession } from './harness';
import { digits, openWithEngine } from './engine-session';
import { MOBILE, tap, waitForResult, type Point } from './mobile-helpers';

function wardNamed(wards: WardCollection, name: string) {
  const f = wards.features.find((w) => w.properties.name === name && w.properties.boroughName.includes('Hackney'));
  if (!f) throw new Error(`ward ${name} (Hackney) is not in the data`);
  return f;
}

/** A button's centre, checked to be a finger-sized target (≥ 44×44 CSS px) that is on top there. */
async function fingerTarget(target: Locator): Promise<Point> {
  const box = await target.boundingBox();
  if (!box) throw new Error('not on screen');
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  expect(await target.evaluate((el, c) => el.contains(document.elementFromPoint(c.x, c.y)), centre)).toBe(true);
  return centre;
}

/** Every vertex of the proposal (page px) lies on the map and under none of the panels over it. */
async function whollyVisible(page: Page, geometry: AreaGeometry): Promise<{ ok: boolean; why: string }> {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
  const points = await Promise.all(rings.flat().map((pos) => project(page, [pos[0] ?? 0, pos[1] ?? 0])));
  return page.evaluate((pts) => {
    const map = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
    if (!map) return { ok: false, why: 'no map' };
    const panels = Array.from(document.querySelectorAll('[data-covers-map]'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ name: el.className, r: el.getBoundingClientRect() }));
    for (const p of pts) {
      if (p.x < map.left || p.x > map.right || p.y < map.top || p.y > map.bottom) return { ok: false, why: `(${p.x}, ${p.y}) is off the map` };
      const under = panels.find(({ r }) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom);
      if (under) return { ok: false, why: `(${Math.round(p.x)}, ${Math.round(p.y)}) is under ${under.name}` };
    }
    return { ok: true, why: '' };
  }, points);
}

async function zoom(page: Page): Promise<number> {
  return page.evaluate(() => window.__ldm?.map?.getZoom() ?? NaN);
}

/** Types into the ward search as a person would: clear it, then the name key by key. */
async function search(page: Page, input: Locator, text: string): Promise<void> {
  await input.fill('');
  await input.pressSequentially(text, { delay: 60 });
  await page.waitForTimeout(300);
}

describe('the ward list on a phone (390×844, touch)', () => {
  let app: AppSession;
  let page: Page;
  let data: AppData;
  let prep: Prepared;

  beforeAll(async () => {
    ({ app, page, data, prep } = await openWithEngine(MOBILE));
  });
  afterAll(async () => app?.close());

  it('"Find a ward" opens the list; adding Hackney Downs and a neighbour shows them above the sheet, and the peek has the engine’s population', async () => {
    const downs = wardNamed(data.wards, 'Hackney Downs');
    const central = wardNamed(data.wards, 'Hackney Central');
    expect(booleanIntersects(downs, central)).toBe(true); // neighbours
    await waitForMapIdle(page);
    const zoomBefore = await zoom(page);

    // In the top bar's sideways-scrolling tool row: Playwright scrolls it into view, as a finger would.
    await page.getByRole('button', { name: 'Build from wards' }).tap();
    await page.waitForTimeout(400);
    const find = page.getByRole('button', { name: 'Find a ward' });
    await tap(page, await fingerTarget(find));
    const list = page.getByRole('region', { name: 'Wards by name' });
    const input = list.getByRole('searchbox', { name: 'Find a ward or borough' });
    await fingerTarget(input);
    await fingerTarget(list.getByRole('button', { name: 'Close the ward list' }));
    // Opened on purpose: the search has the focus, ready for typing.
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);

    for (const [i, ward] of [downs, central].entries()) {
      await search(page, input, ward.properties.name);
      const add = list.getByRole('button', { name: `Add ${ward.properties.name} (${ward.properties.boroughName})` });
      await tap(page, await fingerTarget(add));
      await expect.poll(async () => (await proposals(page)).at(-1)?.builtFrom?.codes, { timeout: 20_000 }).toEqual([downs, central].slice(0, i + 1).map((w) => w.properties.code));
      await expect.poll(async () => list.getByRole('button', { name: `Remove ${ward.properties.name} (${ward.properties.boroughName})` }).count()).toBe(1);
      if (i === 0) {
        // Picked with all London on screen, the ward was ~10 px across: the camera zoomed in on it.
        await waitForMapIdle(page);
        expect(await zoom(page)).toBeGreaterThan(zoomBefore + 1.5);
        await screenshot(page, 'phone-ward-list-first');
      }
    }
    await waitForMapIdle(page);
    const built = (await proposals(page)).at(-1);
    if (!built?.geometry) throw new Error('no built proposal');
    // The whole proposal is on screen: under neither the top bar, the ward list nor the sheet's peek.
    await expect.poll(async () => (await whollyVisible(page, built.geometry as AreaGeometry)).why, { timeout: 10_000 }).toBe('');
    await waitForResult(page);
    const expected = analyse(prep, { id: 'node', name: 'node', kind: 'parish', geometry: built.geometry }).population.estimate;
    const each = [downs, central].map((w) => analyse(prep, { id: 'node', name: 'node', kind: 'parish', geometry: w.geometry }).population.estimate);
    console.log(`[e2e] phone ward list: peek ${await page.getByTestId('sheet-population').textContent()}, engine on the union ${expected}, per ward ${each.join(' + ')}`);
    expect(expected).toBe((each[0] ?? 0) + (each[1] ?? 0));
    await expect.poll(async () => digits(await page.getByTestId('sheet-population').textContent())).toBe(expected);
    await screenshot(page, 'phone-ward-list-built');
    // The compact attribution stays in sight, above the open list (it sat under it at first).
    const attribution = await page.locator('.maplibregl-ctrl-attrib').boundingBox();
    const listBox = await list.boundingBox();
    expect(attribution && listBox && attribution.y + attribution.height <= listBox.y).toBe(true);

    // Remove from the list too; then the list closes with its button and with the mode.
    await tap(page, await fingerTarget(list.getByRole('button', { name: `Remove ${central.properties.name} (Hackney)` })));
    await expect.poll(async () => (await proposals(page)).at(-1)?.builtFrom?.codes).toEqual([downs.properties.code]);
    await tap(page, await fingerTarget(list.getByRole('button', { name: 'Close the ward list' })));
    expect(await list.count()).toBe(0);
    await tap(page, await fingerTarget(find));
    expect(await list.count()).toBe(1);
    await page.getByRole('button', { name: 'Browse the map' }).tap();
    await page.waitForTimeout(400);
    expect(await list.count()).toBe(0);
    expect(await find.count()).toBe(0);
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});

describe('the ward list on a touch tablet (768×1024, desktop layout)', () => {
  let app: AppSession;
  let page: Page;
  let data: AppData;

  beforeAll(async () => {
    ({ app, page, data } = await openWithEngine({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: false }));
  });
  afterAll(async () => app?.close());

  it('the camera eases to a ward added from the list, clear of the panels', async () => {
    const downs = wardNamed(data.wards, 'Hackney Downs');
    // Somewhere else in London: the ward is off screen when it is added.
    await page.evaluate(() => window.__ldm?.map?.jumpTo({ center: [-0.3, 51.42], zoom: 13 }));
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Build from wards' }).tap();
    await page.waitForTimeout(400);
    const input = page.getByRole('searchbox', { name: 'Find a ward or borough' });
    await tap(page, await fingerTarget(input));
    await search(page, input, 'Hackney Downs');
    // A finger's targets (layout-touch.css), like the rest of the tablet's controls.
    await tap(page, await fingerTarget(page.getByRole('button', { name: 'Add Hackney Downs (Hackney)' })));
    await expect.poll(async () => (await proposals(page)).at(-1)?.builtFrom?.codes, { timeout: 20_000 }).toEqual([downs.properties.code]);
    await waitForMapIdle(page);
    const built = (await proposals(page)).at(-1);
    if (!built?.geometry) throw new Error('no built proposal');
    await expect.poll(async () => (await whollyVisible(page, built.geometry as AreaGeometry)).why, { timeout: 10_000 }).toBe('');
    await screenshot(page, 'tablet-ward-list-built');
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});
