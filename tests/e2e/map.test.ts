/**
 * The map (issue 2): loads offline with no console errors, renders all 33 boroughs from the real
 * data, toggles layers, shows a hover card and draws labels without any glyph server.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import polylabel from 'polylabel';
import type { BoroughCollection, LsoaCollection } from '../../src/data/schema';
import { DENSITY_CLASSES } from '../../src/theme/palette';
import { jumpTo, openApp, pixelsAt, project, renderedFeatures, screenshot, waitForMapIdle, type AppSession } from './harness';

const boroughs = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/boroughs.geojson'), 'utf8')) as BoroughCollection;

function insidePoint(name: string): [number, number] {
  const feature = boroughs.features.find((f) => f.properties.name === name);
  if (!feature) throw new Error(`no borough ${name}`);
  const [lng = 0, lat = 0] = pointOnFeature(feature).geometry.coordinates;
  return [lng, lat];
}

const lsoas = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/lsoa.geojson'), 'utf8')) as LsoaCollection;

const differs = (a: number[], b: number[]) => a.some((v, i) => Math.abs(v - (b[i] ?? 0)) > 12);

describe('the map', () => {
  let app: AppSession;
  beforeAll(async () => {
    // A desktop window: the layer panel starts open (below 1400×800 it starts collapsed, issue 11).
    app = await openApp({ viewport: { width: 1400, height: 900 } });
    console.log(`[e2e] cold start to map idle with all layers: ${Math.round(app.coldStartMs)} ms`);
  });
  afterAll(async () => app?.close());

  it('loads with no console errors and no request leaving the machine', () => {
    expect(app.errors).toEqual([]);
    expect(app.blocked).toEqual([]);
    // Cold start is logged above and budgeted in DESIGN.md (≤ 3 s); timing is a benchmark's job, not a test's.
  });

  // Layer rows (present, partial and missing, each with its own vintage) are tested in data-layers.test.ts.

  it('renders all 33 boroughs, painted on the canvas', async () => {
    const features = await renderedFeatures(app.page, ['boroughs-fill']);
    const codes = new Set(features.map((f) => f.code));
    expect(codes.size).toBe(33);
    expect([...codes].every((c) => typeof c === 'string' && c.startsWith('E09'))).toBe(true);

    const inBarnet = await project(app.page, insidePoint('Barnet'));
    // Bottom-right of the map canvas, above the attribution: outside London at the fitted view.
    const canvas = await app.page.evaluate(() => window.__ldm?.map?.getCanvas().getBoundingClientRect().toJSON() as DOMRect);
    const corner = { x: canvas.right - 8, y: canvas.bottom - 60 };
    const [borough, background] = await pixelsAt(app.page, [inBarnet, corner]);
    expect(differs(borough ?? [], background ?? [])).toBe(true);
  });

  it('draws borough labels with local fonts (no glyph server)', async () => {
    const labels = await renderedFeatures(app.page, ['boroughs-label']);
    expect(labels.length).toBeGreaterThan(20);
    const path = await screenshot(app.page, 'map-london');
    console.log(`[e2e] screenshot ${path}`);
  });

  it('shows the borough name and population in a hover card', async () => {
    const point = await project(app.page, insidePoint('Camden'));
    await app.page.mouse.move(point.x, point.y);
    const card = app.page.getByTestId('hover-card');
    await card.waitFor({ state: 'visible' });
    await expect.poll(() => card.textContent()).toContain('Camden');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('E09000007');
    expect(text).toMatch(/\d{3},\d{3} residents/);
    await screenshot(app.page, 'map-hover-camden');
  });

  it('hides a layer when its toggle is switched off, and shows it again', async () => {
    const inBarnet = await project(app.page, insidePoint('Barnet'));
    await app.page.mouse.move(5, 400); // away from the hover card
    const [before] = await pixelsAt(app.page, [inBarnet]);
    await app.page.getByLabel(/London boroughs/).uncheck();
    await waitForMapIdle(app.page);
    expect(await renderedFeatures(app.page, ['boroughs-fill', 'boroughs-line', 'boroughs-label'])).toEqual([]);
    const [after] = await pixelsAt(app.page, [inBarnet]);
    expect(differs(before ?? [], after ?? [])).toBe(true);
    await screenshot(app.page, 'map-boroughs-off');

    await app.page.getByLabel(/London boroughs/).check();
    await waitForMapIdle(app.page);
    expect((await renderedFeatures(app.page, ['boroughs-fill'])).length).toBeGreaterThan(0);
  });

  it('shades small areas by density when zoomed in, with their population on hover', async () => {
    const centre = insidePoint('Hackney');
    await jumpTo(app.page, centre, 13);
    // LSOAs load on first zoom-in (deferred from the cold start): wait until they are drawn.
    await expect.poll(async () => (await renderedFeatures(app.page, ['lsoa-fill'])).length, { timeout: 30_000 }).toBeGreaterThan(20);
    expect((await renderedFeatures(app.page, ['wards-line'])).length).toBeGreaterThan(0);
    const point = await project(app.page, centre);
    await app.page.mouse.move(point.x, point.y);
    const card = app.page.getByTestId('hover-card');
    await expect.poll(() => card.textContent()).toMatch(/Small area \(LSOA\).*E01\d{6}.*residents.*per ha/);
    const full = (await card.textContent()) ?? '';
    expect(full, full).toMatch(/Ward.*Borough.*Hackney/);
    await screenshot(app.page, 'map-hackney-z13');

    // Output-area centroids (what the population method counts) appear when switched on.
    await app.page.mouse.move(5, 400);
    await app.page.getByLabel(/Output areas/).check();
    await expect.poll(async () => (await renderedFeatures(app.page, ['oa-points'])).length, { timeout: 30_000 }).toBeGreaterThan(50);
    const [oa] = await renderedFeatures(app.page, ['oa-points']);
    expect(oa?.code).toMatch(/^E00\d{6}$/);
    expect(oa?.residents).toBeGreaterThan(0);
    await screenshot(app.page, 'map-hackney-oa');
    await app.page.getByLabel(/Output areas/).uncheck();
  });

  it('paints a dense and a sparse small area in the colours the legend gives their densities', async () => {
    const centre = insidePoint('Hackney');
    await app.page.mouse.move(1100, 700); // over the sidebar: no hover emphasis on the map
    await app.page.locator('.layer-row[data-layer="services"] > input').uncheck(); // service points would cover pixels
    await jumpTo(app.page, centre, 13);
    const canvas = await app.page.evaluate(() => window.__ldm?.map?.getCanvas().getBoundingClientRect().toJSON() as DOMRect);
    // Candidates: LSOAs drawn here, each sampled at its pole of inaccessibility (far from its edges).
    const drawn = new Set((await renderedFeatures(app.page, ['lsoa-fill'])).map((f) => String(f.code)));
    const candidates: { code: string; density: number; x: number; y: number }[] = [];
    for (const f of lsoas.features) {
      if (!drawn.has(f.properties.code)) continue;
      const polygon = f.geometry.type === 'Polygon' ? f.geometry.coordinates : [...f.geometry.coordinates].sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0))[0];
      if (!polygon) continue;
      const [lng = 0, lat = 0] = polylabel(polygon, 1e-5);
      const p = await project(app.page, [lng, lat]);
      // Inside the canvas, right of the layer panel and below the toolbar.
      if (p.x > canvas.left + 360 && p.x < canvas.right - 20 && p.y > canvas.top + 130 && p.y < canvas.bottom - 40) candidates.push({ code: f.properties.code, density: f.properties.density, ...p });
    }
    candidates.sort((a, b) => a.density - b.density);
    const sparse = candidates[0];
    const dense = candidates.at(-1);
    if (!sparse || !dense) throw new Error('no small areas drawn in view');
    const classOf = (density: number) => [...DENSITY_CLASSES].reverse().find((c) => density >= c.min) ?? DENSITY_CLASSES[0];
    expect(classOf(dense.density)).not.toBe(classOf(sparse.density));
    const [densePx = [0, 0, 0], sparsePx = [0, 0, 0]] = await pixelsAt(app.page, [dense, sparse]);
    await screenshot(app.page, 'map-hackney-density');
    // Expected paint: the class colour at 0.6 opacity over the background, under the 0.12 borough tint (z ≥ 12).
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const over = (top: number[], alpha: number, under: number[]) => top.map((v, i) => v * alpha + (under[i] ?? 0) * (1 - alpha));
    const expected = (density: number) => over(rgb('#cfd8dc'), 0.12, over(rgb(classOf(density).colour), 0.6, rgb('#f4f1ea')));
    const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - (b[i] ?? 0)));
    const message = `dense ${dense.code} ${dense.density}/ha ${densePx}, sparse ${sparse.code} ${sparse.density}/ha ${sparsePx}`;
    expect(distance(densePx, expected(dense.density)), message).toBeLessThan(30);
    expect(distance(sparsePx, expected(sparse.density)), message).toBeLessThan(30);
    expect(distance(densePx, expected(dense.density)), message).toBeLessThan(distance(densePx, expected(sparse.density)));
    // The legend's ramp runs light (sparse) to dark (dense).
    const luminance = (c: number[]) => 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
    expect(luminance(densePx), message).toBeLessThan(luminance(sparsePx) - 20);
    await app.page.locator('.layer-row[data-layer="services"] > input').check();
  });

  it('adds the optional street basemap only when switched on (its tiles are blocked here: offline)', async () => {
    expect(app.blocked).toEqual([]);
    const basemapLayer = () =>
      app.page.evaluate(() => {
        const map = window.__ldm?.map;
        return map?.getLayer('basemap') ? (map.getLayoutProperty('basemap', 'visibility') as string) : null;
      });
    expect(await basemapLayer()).toBeNull();
    await app.page.getByLabel(/Street map underneath/).check();
    await expect.poll(basemapLayer, { timeout: 10_000 }).toBe('visible');
    await expect.poll(() => app.blocked.some((url) => url.includes('{z}') === false && /\/\d+\/\d+\/\d+\.png/.test(url)), { timeout: 10_000 }).toBe(true);
    await app.page.getByLabel(/Street map underneath/).uncheck();
    await expect.poll(basemapLayer).toBe('none');
  });
});
