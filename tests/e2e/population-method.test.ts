/**
 * Issue 7 item 3 in the built app: a proposal that follows the statistical units shows the
 * published figure and says so; one that really cuts LSOAs says it used best fit there. The two
 * proposals are imported through the real file chooser (the City of London's own boundary from
 * public/data, and a box across the City and its neighbours), then selected with real clicks.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppDataFromDir } from '../../scripts/lib/load-data';
import { openApp, screenshot, type AppSession } from './harness';
import { chooseFile } from './io-helpers';
import { proposalButtonName } from './draw-helpers';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const method = (page: Page) => page.getByTestId('population-method');
const shown = async (page: Page) => Number((await page.getByTestId('population-estimate').textContent())?.replace(/,/g, ''));

describe('the panel says which population rule made the figure', () => {
  let app: AppSession;
  let page: Page;
  let cityTotal = 0;
  const file = join(mkdtempSync(join(tmpdir(), 'ldm-method-')), 'city.geojson');

  beforeAll(async () => {
    const data = await loadAppDataFromDir();
    const city = data.boroughs.features.find((b) => b.properties.code === 'E09000001');
    if (!city) throw new Error('no City of London in the built boroughs layer');
    cityTotal = data.lsoa.features.filter((l) => l.properties.boroughCode === 'E09000001').reduce((s, l) => s + l.properties.population, 0);
    const box = [[[-0.1, 51.51], [-0.08, 51.51], [-0.08, 51.52], [-0.1, 51.52], [-0.1, 51.51]]];
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: 'City own boundary' }, geometry: city.geometry },
          { type: 'Feature', properties: { name: 'City box' }, geometry: { type: 'Polygon', coordinates: box } },
        ],
      }),
    );
    app = await openApp();
    page = app.page;
    await page.waitForFunction(() => window.__ldm?.store.getState().engineStatus === 'ready', undefined, { timeout: 60_000 });
  });
  afterAll(async () => app?.close());

  it('the City’s own boundary: exactly its published LSOA total, “at their published figures”', async () => {
    await chooseFile(page, 'Import proposals…', file);
    await page.getByRole('dialog').waitFor();
    await pause(400);
    await page.getByRole('dialog').getByRole('button', { name: 'Add 2 proposals' }).click();
    await pause(400);
    await page.getByRole('button', { name: proposalButtonName('City own boundary') }).click();
    await expect.poll(() => shown(page), { timeout: 30_000 }).toBe(cityTotal);
    expect(cityTotal).toBe(8583);
    await expect.poll(async () => (await method(page).textContent()) ?? '', { timeout: 10_000 }).toMatch(/at their published figures: the boundary follows LSOA boundaries/);
    expect(await page.getByTestId('population-range').textContent()).toMatch(/No range/);
    await method(page).scrollIntoViewIfNeeded();
    await pause(300);
    await screenshot(page, 'population-method-lsoa-sum');
  });

  it('a box across the City cuts LSOAs: best fit by output-area centre there, with a range', async () => {
    await pause(400);
    await page.getByRole('button', { name: proposalButtonName('City box') }).click();
    await expect.poll(async () => (await method(page).textContent()) ?? '', { timeout: 30_000 }).toMatch(/the boundary cuts, output areas count whole if their population-weighted centre is inside \(ONS best fit\)/);
    expect(await method(page).textContent()).toMatch(/The range splits the cut LSOAs by their area inside instead/);
    expect(await page.getByTestId('population-range').textContent()).toMatch(/^Likely between [\d,]+ and [\d,]+\.$/);
    await method(page).scrollIntoViewIfNeeded();
    await pause(300);
    await screenshot(page, 'population-method-best-fit');
  });
});
