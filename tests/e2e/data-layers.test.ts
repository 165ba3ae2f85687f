/**
 * Real data with its provenance on screen (issue 8): each layer row says present / partial / missing
 * in its own row with its own vintage; service kinds carry their vintage and source, can be switched
 * off (and stay off after a reload); 12,000 services cluster at London zoom; results computed from the
 * partial BID layer or a dated service list say so where the figure is shown.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { BidCollection, LayerId, Manifest, ServiceCollection } from '../../src/data/schema';
import { formatVintage } from '../../src/data/vintage';
import { buildData } from '../../scripts/pipeline/build';
import { resolveSourceDir } from '../../scripts/pipeline/source-folder';
import { tempSource } from '../unit/pipeline/temp-source';
import { jumpTo, openApp, project, renderedFeatures, screenshot, waitForMapIdle, type AppSession } from './harness';
import { panelPopulation, waitForEngine } from './draw-helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'public/data/manifest.json'), 'utf8')) as Manifest;
const bids = JSON.parse(readFileSync(resolve(ROOT, 'public/data/bids.geojson'), 'utf8')) as BidCollection;
const services = JSON.parse(readFileSync(resolve(ROOT, 'public/data/services.geojson'), 'utf8')) as ServiceCollection;
/** A named GP surgery in Southwark with no other service within ~50 m, so the pointer finds it alone. */
const lonelyGp = (() => {
  const near = (a: number[], b: number[]) => Math.abs((a[0] ?? 0) - (b[0] ?? 0)) < 0.0008 && Math.abs((a[1] ?? 0) - (b[1] ?? 0)) < 0.0005;
  const gp = services.features.find(
    (f) => f.properties.type === 'gp' && f.properties.name && f.properties.boroughCode === 'E09000028' && services.features.filter((o) => near(o.geometry.coordinates, f.geometry.coordinates)).length === 1,
  );
  if (!gp) throw new Error('no lone named GP surgery in Southwark');
  return { name: gp.properties.name ?? '', at: gp.geometry.coordinates as [number, number] };
})();
/** Wide enough that the layer panel starts open. */
const DESKTOP = { width: 1400, height: 900 };
const row = (page: Page, layer: LayerId) => page.locator(`.layer-row[data-layer="${layer}"]`);
const pause = (page: Page) => page.waitForTimeout(350); // human pace between clicks

/** Draws a rectangle proposal with the toolbar, corner to corner, and waits for its results. */
async function drawRectangle(page: Page, a: [number, number], b: [number, number]): Promise<void> {
  await page.getByRole('button', { name: 'Draw a rectangle' }).click();
  await pause(page);
  const p = await project(page, a);
  const q = await project(page, b);
  await page.mouse.click(p.x, p.y);
  await pause(page);
  await page.mouse.move((p.x + q.x) / 2, (p.y + q.y) / 2);
  await pause(page);
  await page.mouse.click(q.x, q.y);
  await panelPopulation(page);
  await page.keyboard.press('Escape');
}

describe('layer rows: present, partial and missing, each in its own row', () => {
  let app: AppSession;
  let withoutBids: Manifest;
  beforeAll(async () => {
    // A data folder without the BID files, built here from the real source folder.
    const source = resolveSourceDir(ROOT);
    const files = readdirSync(source).filter((name) => !name.startsWith('business_improvement_districts'));
    withoutBids = (await buildData(tempSource(files))).manifest;
    // A desktop window: the layer panel starts open (below 1400×800 it starts collapsed, issue 11).
    app = await openApp({ viewport: DESKTOP, dataFiles: { 'manifest.json': JSON.stringify(withoutBids) } });
  }, 90_000);
  afterAll(async () => app?.close());

  it('shows the missing BID layer disabled, with its reason and how to add it, in the BID row', async () => {
    const bidsEntry = withoutBids.layers.bids;
    if (bidsEntry.status !== 'missing') throw new Error('the BID layer should be missing here');
    const bidRow = row(app.page, 'bids');
    expect(await bidRow.getAttribute('data-status')).toBe('missing');
    expect(await bidRow.getByRole('checkbox').isDisabled()).toBe(true);
    const text = (await bidRow.textContent()) ?? '';
    expect(text).toContain(bidsEntry.reason);
    expect(text).toContain(bidsEntry.howToAdd);
    expect(text).not.toContain('Partial data');
    expect(await app.page.locator('.layer-row[data-status="missing"]').count()).toBe(1);
  });

  it('shows every present layer enabled with its own vintage in its own row', async () => {
    for (const [layer, entry] of Object.entries(withoutBids.layers) as [LayerId, Manifest['layers'][LayerId]][]) {
      if (entry.status !== 'present') continue;
      const r = row(app.page, layer);
      expect(await r.getAttribute('data-status'), layer).toBe('present');
      expect(await r.getByRole('checkbox').first().isDisabled(), layer).toBe(false);
      // Exact text of the row's own vintage: "December 2022" must not pass for "2022".
      const expected = entry.kinds ? 'several vintages' : formatVintage(entry.vintage);
      expect(await r.getByTestId(`vintage-${layer}`).textContent(), layer).toBe(expected);
    }
    await screenshot(app.page, 'layers-without-bids');
  });
});

describe('real data on the map and in the results', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp({ viewport: DESKTOP });
  }, 90_000);
  afterAll(async () => app?.close());

  it('marks the BID layer partial next to its toggle, with the coverage sentence of its sidecar', async () => {
    const entry = manifest.layers.bids;
    if (entry.status !== 'present' || entry.complete !== false || !entry.coverage) throw new Error('expected the partial BID layer of the bundle');
    const bidRow = row(app.page, 'bids');
    expect(await bidRow.getAttribute('data-status')).toBe('partial');
    expect(await bidRow.getByRole('checkbox').first().isDisabled()).toBe(false);
    expect(await bidRow.getByTestId('partial-bids').textContent()).toBe(`Partial data: ${entry.coverage}`);
    expect(await bidRow.getByTestId('vintage-bids').textContent()).toBe('May 2025');
    // The 2022 wards are the map's wards; the 2013 ones are there for comparison, off by default.
    expect(await row(app.page, 'wards').getByTestId('vintage-wards').textContent()).toBe('December 2022');
    expect(await row(app.page, 'wards2013').getByRole('checkbox').isChecked()).toBe(false);
    expect(await row(app.page, 'wards2013').getByTestId('vintage-wards2013').textContent()).toBe('2013');
  });

  it('lists each service kind with its count, vintage and source', async () => {
    const gp = app.page.locator('.kind-filter[data-kind="gp"]');
    expect(await gp.textContent()).toBe('GP surgeries (1,473)February 2014 · NHS Choices data extracts');
    const worship = app.page.locator('.kind-filter[data-kind="place-of-worship"]');
    expect(await worship.textContent()).toContain('18 December 2020 · OpenStreetMap');
    expect(await app.page.locator('.kind-filter').count()).toBe(9);
  });

  it('clusters the 11,942 services at London zoom (few marks, numbered), single points when zoomed in', async () => {
    await waitForMapIdle(app.page);
    const clusters = await renderedFeatures(app.page, ['services-cluster']);
    const singles = await renderedFeatures(app.page, ['services-circle']);
    const clustered = clusters.reduce((sum, c) => sum + Number(c.point_count), 0);
    console.log(`[e2e] London zoom: ${clusters.length} clusters holding ${clustered} services, ${singles.length} single points`);
    expect(clusters.length).toBeGreaterThan(5);
    expect(clusters.length + singles.length).toBeLessThan(300);
    expect(clustered + singles.length).toBeGreaterThan(11_000);
    await screenshot(app.page, 'services-clustered-london');
    await jumpTo(app.page, [-0.095, 51.505], 16);
    const points = await renderedFeatures(app.page, ['services-circle']);
    expect(points.length).toBeGreaterThan(5);
    expect(await renderedFeatures(app.page, ['services-cluster'])).toEqual([]);
    expect((await renderedFeatures(app.page, ['services-symbol'])).length).toBeGreaterThan(0);
    await screenshot(app.page, 'services-bankside-z16');
  });

  it('names a service, its kind and its vintage in the hover card', async () => {
    await jumpTo(app.page, lonelyGp.at, 16);
    const point = await project(app.page, lonelyGp.at);
    await app.page.mouse.move(point.x, point.y);
    const card = app.page.getByTestId('hover-card');
    await expect.poll(() => card.textContent()).toContain(lonelyGp.name);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('GP surgery');
    expect(text).toContain('Listed as of February 2014');
    await screenshot(app.page, 'services-hover-gp');
    await app.page.mouse.move(5, 700);
  });

  it('hides a service kind with its filter (kept after a reload), and shows it again', async () => {
    const kinds = async () => new Set((await renderedFeatures(app.page, ['services-circle'])).map((f) => f.type));
    await jumpTo(app.page, lonelyGp.at, 15);
    expect(await kinds()).toContain('gp');
    await app.page.locator('.kind-filter[data-kind="gp"]').getByRole('checkbox').uncheck();
    await expect.poll(kinds, { timeout: 15_000 }).not.toContain('gp');
    expect((await kinds()).size).toBeGreaterThan(1);
    await screenshot(app.page, 'services-bankside-no-gp');

    await app.page.reload();
    await app.page.waitForFunction(() => window.__ldm?.readyAt !== undefined, undefined, { timeout: 60_000 });
    expect(await app.page.locator('.kind-filter[data-kind="gp"]').getByRole('checkbox').isChecked()).toBe(false);
    await jumpTo(app.page, lonelyGp.at, 15);
    await expect.poll(async () => (await kinds()).size, { timeout: 15_000 }).toBeGreaterThan(1);
    expect(await kinds()).not.toContain('gp');

    await app.page.locator('.kind-filter[data-kind="gp"]').getByRole('checkbox').check();
    await expect.poll(kinds, { timeout: 15_000 }).toContain('gp');
  });

  it('says the BID data is partial under BID overlaps for a proposal in Westminster, where the data has no BID', async () => {
    await waitForEngine(app.page);
    await jumpTo(app.page, [-0.146, 51.5095], 15); // Mayfair
    await drawRectangle(app.page, [-0.1475, 51.5085], [-0.1445, 51.5105]);
    const entry = manifest.layers.bids;
    const coverage = entry.status === 'present' ? entry.coverage : '';
    await expect.poll(() => app.page.getByTestId('bids-none').textContent()).toBe('Overlaps none of the BIDs in the data.');
    expect(await app.page.getByTestId('bids-partial').textContent()).toBe(`BID data is partial: ${coverage}`);
    await screenshot(app.page, 'results-westminster-bids');
  });

  it('says so too for a proposal overlapping Better Bankside, and names the source and date of each service kind', async () => {
    const bankside = bids.features.find((f) => f.properties.name === 'Better Bankside');
    if (!bankside) throw new Error('Better Bankside is not in the BID data');
    const [lng = 0, lat = 0] = pointOnFeature(bankside).geometry.coordinates;
    await jumpTo(app.page, [lng, lat], 15);
    await drawRectangle(app.page, [lng - 0.002, lat - 0.001], [lng + 0.002, lat + 0.001]);
    const overlaps = app.page.locator('.overlap-list').first();
    await expect.poll(() => overlaps.textContent()).toContain('Better Bankside');
    expect(await app.page.getByTestId('bids-partial').textContent()).toMatch(/^BID data is partial: 7 of the 76 GLA BIDs/);
    expect(await app.page.getByTestId('services-gp-source').textContent()).toBe('GP surgeries: NHS Choices data extracts, February 2014');
    expect(await app.page.getByTestId('services-school-source').textContent()).toBe('Schools: GLA London Schools Atlas 2016, 2016');
    await screenshot(app.page, 'results-bankside-bids');
  });
});
