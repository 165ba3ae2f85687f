/**
 * Compare (issue 10): tick two proposals, "Compare", and see both side by side in a table with
 * the extremes marked in words, the map showing just those two; also in presentation mode.
 */
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
});
