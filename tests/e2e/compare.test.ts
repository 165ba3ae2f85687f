/**
 * Compare (issue 10): tick two proposals, "Compare", and see both side by side in a table with
 * the extremes marked in words, the map showing just those two; also in presentation mode.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, renderedFeatures, screenshot, waitForMapIdle, type AppSession } from './harness';
import { pause, seedProposals, selectedName } from './meeting-helpers';

/** Whether each proposal's outer ring lies wholly inside the map's view. */
async function inView(page: Page, wanted: string[]): Promise<boolean[]> {
  return page.evaluate((ids) => {
    const ldm = window.__ldm;
    const s = ldm?.store.getState();
    return ids.map((id) => {
      const p = s?.proposals.find((q) => q.id === id);
      if (!ldm?.map || !p?.geometry || p.geometry.type !== 'Polygon') return false;
      const view = ldm.map.getBounds();
      return p.geometry.coordinates[0]?.every(([x = 0, y = 0]) => view.contains([x, y])) ?? false;
    });
  }, wanted);
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__ldm?.map?.isMoving());
  await waitForMapIdle(page);
}

describe('compare proposals side by side', () => {
  let app: AppSession;
  let page: Page;
  let ids: string[];
  beforeAll(async () => {
    app = await openApp({ viewport: { width: 1920, height: 1080 } });
    page = app.page;
    ids = await seedProposals(page);
  });
  afterAll(async () => app?.close());

  it('shows two chosen proposals in the table and on the map', async () => {
    const chooser = page.getByRole('group', { name: 'Compare side by side' });
    await chooser.getByRole('checkbox', { name: 'Bankside' }).check();
    await pause(page);
    await chooser.getByRole('checkbox', { name: 'Fitzrovia' }).check();
    await pause(page);
    await chooser.getByRole('button', { name: 'Compare 2 proposals' }).click();
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual(['Bankside', 'Fitzrovia']);
    // The population row holds each engine figure, and one is marked highest, the other lowest.
    const engine = await page.evaluate((wanted) => wanted.map((id) => window.__ldm?.store.getState().results[id]?.result?.population.estimate ?? -1), [ids[0] ?? '', ids[1] ?? '']);
    const cells = await table.locator('tr[data-row="population"] td').allTextContents();
    expect(cells).toHaveLength(2);
    cells.forEach((text, i) => expect(text.replace(/\D/g, '')).toContain(String(engine[i])));
    const [bankside = 0, fitzrovia = 0] = engine;
    expect(cells[bankside > fitzrovia ? 0 : 1]).toContain('highest');
    expect(cells[bankside > fitzrovia ? 1 : 0]).toContain('lowest');
    // The one-council rule in words, as the engine judged it (Bankside: a warning, Fitzrovia: a fail).
    const statuses = await page.evaluate((wanted) => wanted.map((id) => window.__ldm?.store.getState().results[id]?.result?.governance.singleBorough.status ?? ''), [ids[0] ?? '', ids[1] ?? '']);
    const words: Record<string, string> = { ok: '✔ pass', warning: '⚠ check', fail: '✖ fail', info: 'ℹ info' };
    expect(await table.locator('tr[data-row="single-borough"] td').allTextContents()).toEqual(statuses.map((s) => words[s]));
    expect(statuses).toContain('fail');
    // The map shows both compared proposals and not the third.
    await page.waitForFunction(() => !window.__ldm?.map?.isMoving());
    await waitForMapIdle(page);
    const shown = new Set((await renderedFeatures(page, ['proposals-fill'])).map((f) => f.id));
    expect(shown).toEqual(new Set([ids[0], ids[1]]));
    await screenshot(page, 'compare-1920x1080');
  });

  it('presents only the compared proposals: framed together, in the legend, and ← / → between them', async () => {
    // Bloomsbury (not compared) is the one selected in the editor: the presentation must not fly to it.
    await page.evaluate((id) => window.__ldm?.store.getState().selectProposal(id), ids[2] ?? '');
    expect(await selectedName(page)).toBe('Bloomsbury');
    await page.getByRole('button', { name: 'Present comparison' }).click();
    await page.getByTestId('present-compare').waitFor();
    expect(await page.getByTestId('present-compare').locator('thead th').count()).toBe(2);
    expect(await selectedName(page)).toBe('Bankside');
    await settle(page);
    expect(await inView(page, [ids[0] ?? '', ids[1] ?? ''])).toEqual([true, true]);
    // Framed clear of the comparison table on the left: both proposals' west edges lie right of it.
    const table = await page.getByTestId('present-compare').boundingBox();
    const westX = await page.evaluate((wanted) => wanted.map((id) => {
      const p = window.__ldm?.store.getState().proposals.find((q) => q.id === id);
      const ring = p?.geometry?.type === 'Polygon' ? p.geometry.coordinates[0] ?? [] : [];
      return Math.min(...ring.map(([x = 0, y = 0]) => window.__ldm?.map?.project([x, y]).x ?? -1));
    }), [ids[0] ?? '', ids[1] ?? '']);
    for (const x of westX) expect(x).toBeGreaterThan((table?.x ?? 0) + (table?.width ?? 0));
    const legend = page.getByRole('complementary', { name: 'Legend' });
    const listed = (await legend.locator('ul').first().locator('li').allTextContents()).map((t) => t.replace(' (shown)', '').trim());
    expect(listed).toEqual(['Bankside', 'Fitzrovia']);
    await screenshot(page, 'compare-present-1920x1080');
    for (const expected of ['Fitzrovia', 'Bankside', 'Fitzrovia']) {
      await page.keyboard.press('ArrowRight');
      await pause(page);
      expect(await selectedName(page)).toBe(expected);
    }
    await settle(page);
    expect((await inView(page, [ids[1] ?? '']))[0]).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await pause(page);
    expect(await selectedName(page)).toBe('Bankside');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Back to editing' }).click();
    await page.getByRole('complementary', { name: 'Proposals and results' }).waitFor();
    await waitForMapIdle(page);
    expect((await renderedFeatures(page, ['proposals-fill'])).length).toBeGreaterThanOrEqual(1);
  });

  it('draws the differences: only in each, and shared, hatched on the map and listed with the worker\'s area and residents', async () => {
    const chooser = page.getByRole('group', { name: 'Compare side by side' });
    await chooser.getByRole('checkbox', { name: 'Bankside' }).uncheck();
    await pause(page);
    await chooser.getByRole('checkbox', { name: 'Bloomsbury' }).check();
    await pause(page);
    await chooser.getByRole('button', { name: 'Compare 2 proposals' }).click();
    const list = page.getByTestId('compare-differences');
    await list.getByRole('heading', { name: 'Differences' }).waitFor();
    await page.waitForFunction(() => {
      const d = window.__ldm?.store.getState().differences;
      return d?.status === 'ready' && d.result?.ids.join() === window.__ldm?.store.getState().compareIds.join();
    }, undefined, { timeout: 60_000 });
    const pieces = await page.evaluate(() => window.__ldm?.store.getState().differences?.result?.pieces.map((p) => ({ key: p.key, label: p.label, areaM2: p.areaM2, residents: p.residents })) ?? []);
    expect(pieces.map((p) => p.label)).toEqual(['Only in Fitzrovia', 'Only in Bloomsbury', 'In Fitzrovia and Bloomsbury']);
    // Only in Fitzrovia + shared = Fitzrovia's area as the engine reports it (ha to 2 decimals; 0.02 ha tolerance).
    const fitzHa = await page.evaluate((id) => window.__ldm?.store.getState().results[id]?.result?.areaHa ?? -1, ids[1] ?? '');
    expect(Math.abs(((pieces[0]?.areaM2 ?? 0) + (pieces[2]?.areaM2 ?? 0)) / 1e4 - fitzHa)).toBeLessThan(0.02);
    // The list shows each piece's residents and hectares, as the worker computed them.
    const rows = await list.locator('li').allTextContents();
    expect(rows).toHaveLength(3);
    pieces.forEach((p, i) => {
      expect(rows[i]).toContain(p.label);
      expect(rows[i]).toContain(`${p.residents.toLocaleString('en-GB')} resident`);
      expect(rows[i]).toContain(`${(p.areaM2 / 1e4).toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} ha`);
    });
    // On the map: every piece filled (with its pattern) and labelled.
    await settle(page);
    const drawn = await renderedFeatures(page, ['compare-diff-fill']);
    expect(new Set(drawn.map((f) => f.key))).toEqual(new Set(pieces.map((p) => p.key)));
    expect(new Set(drawn.map((f) => f.pattern)).size).toBe(3);
    const labels = (await renderedFeatures(page, ['compare-diff-label'])).map((f) => String(f.text));
    expect(labels.some((t) => t.startsWith('Only in Fitzrovia:\n'))).toBe(true);
    await screenshot(page, 'compare-differences-1920x1080');
  });

  it('puts the comparison into the printable report: the table with both names and the engine\'s populations, and the differences', async () => {
    await page.getByRole('button', { name: 'Print report' }).click();
    const report = page.getByTestId('report');
    await report.and(page.locator('[data-ready="yes"]')).waitFor({ timeout: 60_000 });
    const section = page.getByTestId('report-comparison');
    await section.getByRole('heading', { name: 'Comparison' }).waitFor();
    const table = section.getByTestId('compare-table');
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(headers).toEqual(['Fitzrovia', 'Bloomsbury']);
    const engine = await page.evaluate((wanted) => wanted.map((id) => window.__ldm?.store.getState().results[id]?.result?.population.estimate ?? -1), [ids[1] ?? '', ids[2] ?? '']);
    const cells = await table.locator('tr[data-row="population"] td').allTextContents();
    cells.forEach((text, i) => expect(Number(text.split('(')[0]?.replace(/\D/g, ''))).toBe(engine[i]));
    // Best / worst in words, not colour alone.
    expect((await table.allTextContents()).join(' ')).toMatch(/▲ best|↑ highest/);
    expect(await section.getByTestId('compare-differences').locator('li').count()).toBe(3);
    await screenshot(page, 'compare-report-screen');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const dir = mkdtempSync(join(tmpdir(), 'ldm-compare-'));
    const pdfPath = join(dir, 'report.pdf');
    writeFileSync(pdfPath, pdf);
    const out = join(import.meta.dirname, 'screenshots', 'compare-report-page');
    const r = spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdfPath, out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    await page.getByRole('button', { name: 'Close report' }).click();
    await report.waitFor({ state: 'detached' });
  });

  it('fits at 1920×1080, 1366×768 and 1280×720, in the editor and in presentation mode (screenshots)', async () => {
    for (const [width, height] of [[1920, 1080], [1366, 768], [1280, 720]] as const) {
      await page.setViewportSize({ width, height });
      await pause(page, 600);
      await settle(page);
      // Editor: the compare panel's table is not cut off sideways, and the map keeps a usable width.
      const table = await page.getByTestId('compare-table').boundingBox();
      expect((table?.x ?? 0) + (table?.width ?? 0)).toBeLessThanOrEqual(width);
      const map = await page.locator('.maplibregl-canvas').boundingBox();
      expect(map?.width ?? 0).toBeGreaterThan(width * 0.35);
      await screenshot(page, `compare-editor-${width}x${height}`);
      await page.getByRole('button', { name: 'Present comparison' }).click();
      const present = page.getByTestId('present-compare');
      await present.waitFor();
      await pause(page, 1000);
      await settle(page);
      const box = await present.boundingBox();
      const legend = await page.getByRole('complementary', { name: 'Legend' }).boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThan(legend?.x ?? 0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height);
      await page.getByTestId('present-differences').waitFor();
      await screenshot(page, `compare-present-${width}x${height}`);
      await page.keyboard.press('Escape');
      await page.getByTestId('compare-panel').waitFor();
    }
  });
});
