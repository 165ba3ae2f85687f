/**
 * Compare (issue 10): tick two proposals, "Compare", and see both side by side in a table with
 * the extremes marked in words, the map showing just those two; also in presentation mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, renderedFeatures, screenshot, waitForMapIdle, type AppSession } from './harness';
import { pause, seedProposals } from './meeting-helpers';

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

  it('shows the comparison in presentation mode, and goes back to editing', async () => {
    await page.getByRole('button', { name: 'Present comparison' }).click();
    await page.getByTestId('present-compare').waitFor();
    expect(await page.getByTestId('present-compare').locator('thead th').count()).toBe(2);
    await pause(page, 1200);
    await screenshot(page, 'compare-present-1920x1080');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Back to editing' }).click();
    await page.getByRole('complementary', { name: 'Proposals and results' }).waitFor();
    await waitForMapIdle(page);
    expect((await renderedFeatures(page, ['proposals-fill'])).length).toBeGreaterThanOrEqual(1);
  });
});
