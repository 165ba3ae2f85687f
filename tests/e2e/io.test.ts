/**
 * Issue 9 in the built app: files imported through the real file chooser and by a real drop on the
 * map become proposals whose figures equal `npm run analyse` on the same file (same importer, same
 * engine); bad files get a message naming them; our own export round-trips.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, type AppSession } from './harness';
import { IO_FIXTURES, appFigures, chooseFile, clearProposals, cliFigures, dropFile } from './io-helpers';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dialog = (page: Page) => page.getByRole('dialog');

describe('importing files', () => {
  let app: AppSession;
  let page: Page;
  const tmp = mkdtempSync(join(tmpdir(), 'ldm-io-'));
  beforeAll(async () => {
    app = await openApp();
    page = app.page;
    await page.waitForFunction(() => window.__ldm?.store.getState().engineStatus === 'ready', undefined, { timeout: 60_000 });
  });
  afterAll(async () => app?.close());

  for (const [file, how] of [
    ['proposals-bng.geojson', 'picker'],
    ['proposals.kml', 'drop'],
    ['proposals-shp.zip', 'picker'],
  ] as const) {
    it(`${file} (${how}) becomes proposals with the figures npm run analyse gives`, async () => {
      await clearProposals(page);
      const path = join(IO_FIXTURES, file);
      if (how === 'picker') await chooseFile(page, 'Import proposals…', path);
      else await dropFile(page, path);
      await dialog(page).waitFor();
      await pause(400);
      await screenshot(page, `io-import-dialog-${file.replace(/\W/g, '-')}`);
      await dialog(page).getByRole('button', { name: 'Add 2 proposals' }).click();
      const got = await appFigures(page, 2);
      const want = await cliFigures(path);
      expect(got).toEqual(want);
      expect(got.map((f) => f.name)).toEqual(['West End', 'Bankside and Hyde Park corner']);
      expect(got[0]?.population).toBeGreaterThan(5000);
      await page.getByRole('status').filter({ hasText: `Imported 2 proposals from "${file}"` }).first().waitFor();
    });
  }

  it('round-trips our own GeoJSON export: same names, kinds, colours, notes; re-import offers replace', async () => {
    await page.evaluate(() => {
      const s = window.__ldm?.store.getState();
      const first = s?.proposals[0];
      if (!s || !first) throw new Error('no proposal');
      s.setProposalKind(first.id, 'cid');
      s.setProposalNotes(first.id, 'Ask the <b>BID</b> & residents');
    });
    const before = await page.evaluate(() => window.__ldm?.store.getState().proposals.map(({ name, kind, colour, notes, geometry }) => ({ name, kind, colour, notes, geometry })));
    await pause(400);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download GeoJSON' }).click()]);
    const exported = join(tmp, 'london-proposals.geojson');
    await download.saveAs(exported);
    await clearProposals(page);
    await chooseFile(page, 'Import proposals…', exported);
    await dialog(page).getByText('own export').waitFor();
    await dialog(page).getByRole('button', { name: 'Add 2 proposals' }).click();
    await appFigures(page, 2);
    const after = await page.evaluate(() => window.__ldm?.store.getState().proposals.map(({ name, kind, colour, notes, geometry }) => ({ name, kind, colour, notes, geometry })));
    expect(after).toEqual(before);
    // Importing the same file again: the dialog offers to replace the proposals of the same shape.
    await chooseFile(page, 'Import proposals…', exported);
    await dialog(page).getByText('2 proposals already here have the same shape').waitFor();
    await screenshot(page, 'io-import-duplicates');
    await dialog(page).getByRole('button', { name: 'Add 2 proposals' }).click();
    await appFigures(page, 2);
  });

  it('shows names holding HTML as text, and a bad file gets a message naming it while nothing changes', async () => {
    const evil = join(tmp, 'evil.geojson');
    const ring = [[-0.14, 51.51], [-0.13, 51.51], [-0.13, 51.515], [-0.14, 51.515], [-0.14, 51.51]];
    writeFileSync(evil, JSON.stringify({ type: 'Feature', properties: { name: '<img src=x onerror="window.__pwned=1">Soho' }, geometry: { type: 'Polygon', coordinates: [ring] } }));
    await chooseFile(page, 'Import proposals…', evil);
    await dialog(page).getByRole('button', { name: 'Add 1 proposal' }).click();
    await appFigures(page, 3);
    await page.getByText('<img src=x onerror="window.__pwned=1">Soho').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.sidebar img').count()).toBe(0);

    const before = await page.evaluate(() => JSON.stringify(window.__ldm?.store.getState().proposals));
    const cut = join(tmp, 'cut.kml');
    writeFileSync(cut, readFileSync(join(IO_FIXTURES, 'proposals.kml'), 'utf8').slice(0, 700));
    await dropFile(page, cut);
    await page.getByRole('alert').filter({ hasText: 'Could not import "cut.kml"' }).waitFor();
    await page.getByText(/"cut\.kml" is not valid XML/).waitFor();
    await screenshot(page, 'io-import-bad-file');
    expect(await page.evaluate(() => JSON.stringify(window.__ldm?.store.getState().proposals))).toBe(before);
    // React's duplicate-key warning comes from the services list (two places with the same name), not from importing.
    expect(app.errors.filter((e) => !e.includes('two children with the same key'))).toEqual([]);
  });
});

describe('a reference layer', () => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await openApp();
    page = app.page;
    await page.waitForFunction(() => window.__ldm?.store.getState().engineStatus === 'ready', undefined, { timeout: 60_000 });
  });
  afterAll(async () => app?.close());

  const bankside = { type: 'Polygon', coordinates: [[[-0.105, 51.502], [-0.085, 51.502], [-0.085, 51.509], [-0.105, 51.509], [-0.105, 51.502]]] };
  const referenceSection = (p: Page) => p.getByTestId('reference-overlaps');

  it('the GLA-format BID zip loads as a reference layer, is drawn, and a proposal lists its overlap', async () => {
    await chooseFile(page, 'Add reference layer…', join(IO_FIXTURES, 'bids-gla-bng.zip'));
    await dialog(page).waitFor();
    expect(await dialog(page).getByRole('checkbox', { name: /Business Improvement Districts/ }).isChecked()).toBe(true);
    await pause(400);
    await dialog(page).getByRole('button', { name: 'Add as reference layer' }).click();
    await page.getByTestId('reference-layer').filter({ hasText: 'bids-gla-bng' }).filter({ hasText: '7 areas' }).waitFor();
    await page.getByTestId('share-reference-note').waitFor();
    await page.evaluate((g) => window.__ldm?.store.getState().addProposal(g as never, { name: 'Bankside CID', kind: 'cid' }), bankside);
    await referenceSection(page).getByText('Better Bankside').waitFor({ timeout: 60_000 });
    // The BID section names each BID once (the built-in data already has these 7).
    const bidItems = await page.locator('#overlaps-title ~ ul').first().locator('li strong').allTextContents();
    expect(bidItems.filter((n) => n === 'Better Bankside')).toHaveLength(1);
    const drawn = await page.evaluate(() => window.__ldm?.map?.querySourceFeatures('reference-layers').length ?? 0);
    expect(drawn).toBeGreaterThanOrEqual(7);
    await pause(500);
    await screenshot(page, 'io-reference-layer');
  });

  it('a reload keeps the reference layer and its overlaps; hide and remove work', async () => {
    await page.reload();
    await page.waitForFunction(() => window.__ldm?.readyAt !== undefined, undefined, { timeout: 60_000 });
    await page.getByTestId('reference-layer').filter({ hasText: 'bids-gla-bng' }).waitFor();
    await page.evaluate(() => {
      const s = window.__ldm?.store.getState();
      const p = s?.proposals.find((q) => q.name === 'Bankside CID');
      if (p) s?.selectProposal(p.id);
    });
    await referenceSection(page).getByText('Better Bankside').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Hide reference layer bids-gla-bng' }).click();
    await page.getByTestId('reference-layer').filter({ hasText: 'hidden' }).waitFor();
    await page.waitForFunction(() => (window.__ldm?.map?.querySourceFeatures('reference-layers').length ?? -1) === 0);
    await pause(400);
    await page.getByRole('button', { name: 'Remove reference layer bids-gla-bng' }).click();
    await referenceSection(page).waitFor({ state: 'detached', timeout: 60_000 });
    expect(await page.getByTestId('share-reference-note').count()).toBe(0);
  });
});

/** Minimal RFC 4180 reader for the downloaded CSV (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += c;
  }
  rows.push([...row, cell]);
  return rows;
}

describe('exports', () => {
  let app: AppSession;
  let page: Page;
  const tmp = mkdtempSync(join(tmpdir(), 'ldm-export-'));
  beforeAll(async () => {
    app = await openApp();
    page = app.page;
    await page.waitForFunction(() => window.__ldm?.store.getState().engineStatus === 'ready', undefined, { timeout: 60_000 });
    await chooseFile(page, 'Import proposals…', join(IO_FIXTURES, 'proposals-bng.geojson'));
    await dialog(page).getByRole('button', { name: 'Add 2 proposals' }).click();
    await appFigures(page, 2);
  });
  afterAll(async () => app?.close());

  const save = async (button: string, name: string): Promise<string> => {
    await pause(400);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const path = join(tmp, name);
    await download.saveAs(path);
    return path;
  };

  it('CSV: the analyse CLI columns, a units row, a sources row with vintages, one row per proposal', async () => {
    const figures = await appFigures(page, 2);
    const rows = parseCsv(readFileSync(await save('Download CSV', 'p.csv'), 'utf8'));
    const cli = await cliFigures(join(IO_FIXTURES, 'proposals-bng.geojson'));
    const { spawnSync } = await import('node:child_process');
    const cliCsv = spawnSync('npx', ['tsx', 'scripts/analyse.ts', join(IO_FIXTURES, 'proposals-bng.geojson'), '--format', 'csv'], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
    const cliRows = parseCsv(cliCsv.stdout.trim());
    expect(rows[0]).toEqual(cliRows[0]);
    const col = (n: string) => (rows[0] ?? []).indexOf(n);
    expect(rows[1]?.[0]).toBe('#units');
    expect(rows[1]?.[col('area_ha')]).toMatch(/hectares/);
    expect(rows[2]?.[0]).toBe('#sources');
    expect(rows[2]?.[1]).toMatch(/Census 2021/);
    const data = rows.slice(3);
    expect(data.map((r) => r[col('name')])).toEqual(figures.map((f) => f.name));
    expect(data.map((r) => Number(r[col('population')]))).toEqual(cli.map((f) => f.population));
    // Same figures as the CLI row by row, bar the id column (the app gives imported proposals fresh ids).
    expect(data.map((r) => r.slice(1))).toEqual(cliRows.slice(1).map((r) => r.slice(1)));
  });

  it('KML and Shapefile downloads re-import with the same figures', async () => {
    const before = await appFigures(page, 2);
    const kml = await save('Download KML', 'p.kml');
    const shp = await save('Download Shapefile', 'p.zip');
    expect(readFileSync(kml, 'utf8')).toMatch(/<Data name="pop"><value>\d+<\/value><\/Data>/);
    for (const [path, field] of [[kml, 'name'], [shp, 'name']] as const) {
      await clearProposals(page);
      await chooseFile(page, 'Import proposals…', path);
      await dialog(page).waitFor();
      await dialog(page).getByTestId('import-name-field').selectOption(field);
      await dialog(page).getByRole('button', { name: 'Add 2 proposals' }).click();
      expect(await appFigures(page, 2)).toEqual(before);
    }
  });

  it('printable report: opens, prints to an A4 PDF in headless chromium, pages rendered with pdftoppm', async () => {
    await pause(400);
    await page.getByRole('button', { name: 'Printable report (all)' }).click();
    const report = page.getByTestId('report');
    await report.and(page.locator('[data-ready="yes"]')).waitFor({ timeout: 60_000 });
    for (const text of ['West End', 'Bankside and Hyde Park corner', 'Population', 'Electorate (estimate)', 'Households', 'Boroughs and wards', 'Services inside', 'Governance', 'Data sources']) {
      await report.getByText(text, { exact: false }).first().waitFor();
    }
    await report.getByText(/Local Government and Public Involvement in Health Act 2007/).first().waitFor();
    expect(await report.locator('img.report__map').count()).toBe(2);
    await screenshot(page, 'io-report-screen');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pdfPath = join(tmp, 'report.pdf');
    writeFileSync(pdfPath, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3); // a page per proposal + data sources
    const { spawnSync } = await import('node:child_process');
    const out = join(import.meta.dirname, 'screenshots', 'io-report-page');
    const r = spawnSync('pdftoppm', ['-png', '-r', '60', pdfPath, out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    await page.getByRole('button', { name: 'Close report' }).click();
    await report.waitFor({ state: 'detached' });
  });

  it('PNG of the map: decodes, the canvas size, not blank, legend drawn', async () => {
    const path = await save('Save map image (PNG)', 'map.png');
    const png = readFileSync(path).toString('base64');
    const info = await page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const c = document.createElement('canvas');
      c.width = bitmap.width;
      c.height = bitmap.height;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d');
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      const canvas = window.__ldm?.map?.getCanvas();
      return { w: bitmap.width, h: bitmap.height, cw: canvas?.width, ch: canvas?.height, colours: colours.size };
    }, png);
    expect([info.w, info.h]).toEqual([info.cw, info.ch]);
    expect(info.colours).toBeGreaterThan(20);
    writeFileSync(join(import.meta.dirname, 'screenshots', 'io-export-map.png'), readFileSync(path));
  });
});
