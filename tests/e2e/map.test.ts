/**
 * The map (issue 2): loads offline with no console errors, renders all 33 boroughs from the real
 * data, toggles layers, shows a hover card and draws labels without any glyph server.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoroughCollection, Manifest } from '../../src/data/schema';
import { jumpTo, openApp, pixelsAt, project, renderedFeatures, screenshot, waitForMapIdle, type AppSession } from './harness';

const boroughs = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/boroughs.geojson'), 'utf8')) as BoroughCollection;

function insidePoint(name: string): [number, number] {
  const feature = boroughs.features.find((f) => f.properties.name === name);
  if (!feature) throw new Error(`no borough ${name}`);
  const [lng = 0, lat = 0] = pointOnFeature(feature).geometry.coordinates;
  return [lng, lat];
}

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/manifest.json'), 'utf8')) as Manifest;

const differs = (a: number[], b: number[]) => a.some((v, i) => Math.abs(v - (b[i] ?? 0)) > 12);

describe('the map', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    console.log(`[e2e] cold start to map idle with all layers: ${Math.round(app.coldStartMs)} ms`);
  });
  afterAll(async () => app?.close());

  it('loads with no console errors and no request leaving the machine', () => {
    expect(app.errors).toEqual([]);
    expect(app.blocked).toEqual([]);
    expect(app.coldStartMs).toBeGreaterThan(0);
  });

  it('lists every layer with its vintage, and each missing layer disabled with the reason and how to add it', async () => {
    const panel = app.page.getByRole('region', { name: 'Map layers' });
    for (const entry of Object.values(manifest.layers)) {
      if (entry.status === 'present') {
        await expect.poll(() => panel.textContent()).toContain(entry.vintage);
        continue;
      }
      const box = panel.getByLabel(entry.title);
      expect(await box.isDisabled()).toBe(true);
      const text = (await panel.textContent()) ?? '';
      expect(text).toContain(entry.reason);
      expect(text).toContain(entry.howToAdd);
    }
  });

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
