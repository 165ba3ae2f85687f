/**
 * Accessibility (issue 10 item 4): axe-core, injected into the built app with page.addScriptTag, finds
 * no serious or critical violation in the editor (empty and with proposals), with results open (every
 * section expanded), in build-from-wards mode, in compare, in presentation mode, and at phone size
 * with the sheet open.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { proposalButtonName } from './draw-helpers';
import { openApp, screenshot, type AppSession } from './harness';
import { pause, seedProposals } from './meeting-helpers';
import { MOBILE, SHARED, shareHash, waitForResult } from './mobile-helpers';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Every axe violation on the page now, one line each (rule id, impact, count, first targets). */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const found = await page.evaluate(async () => {
    // axe is a global from the injected script; typed loosely here on purpose (no DOM types ship for it).
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[]; incomplete: Violation[] }> } }).axe;
    // The map canvas is a picture drawn by WebGL: its labels are pixels, not DOM text, so axe's DOM
    // rules cannot judge it (the map's meaning is carried in text by the panels, legend and hover card).
    const result = await axe.run({ exclude: [['.maplibregl-canvas']] }, { resultTypes: ['violations', 'incomplete'] });
    const unsure = result.incomplete.filter((v) => v.id === 'color-contrast').flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
    const violations = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    return { violations, unsure };
  });
  if (found.unsure.length > 0) console.log(`[axe] colour contrast axe could not decide: ${found.unsure.length}: ${found.unsure.slice(0, 10).join(' | ')}`);
  return found.violations;
}

/** Serious and critical violations, as readable lines (the test's failure message names them). */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const all = await axeViolations(page);
  for (const v of all) console.log(`[axe] ${where}: ${v.impact} ${v.id} ×${v.nodes.length}`);
  return all
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} ×${v.nodes.length}: ${v.help} @ ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('accessibility (axe-core)', () => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    page = app.page;
  }, 120_000);
  afterAll(async () => app?.close());

  it('editor, empty', async () => {
    expect(await seriousViolations(page, 'editor empty')).toEqual([]);
  });

  it('editor with proposals', async () => {
    await seedProposals(page);
    expect(await seriousViolations(page, 'editor with proposals')).toEqual([]);
  }, 120_000);

  it('results open, every section expanded', async () => {
    await page.getByRole('button', { name: proposalButtonName('Bankside') }).click();
    await page.getByTestId('results').waitFor();
    const summaries = page.getByTestId('results').locator('details:not([open]) > summary');
    while ((await summaries.count()) > 0) {
      await summaries.first().click();
      await pause(page, 100);
    }
    expect(await seriousViolations(page, 'results open')).toEqual([]);
  });

  it('build from wards', async () => {
    await page.getByRole('button', { name: 'Build from wards' }).click();
    await pause(page);
    expect(await seriousViolations(page, 'build from wards')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Browse' }).click();
  });

  it('compare, two proposals', async () => {
    const chooser = page.getByRole('group', { name: 'Compare side by side' });
    await chooser.getByRole('checkbox', { name: 'Bankside' }).check();
    await chooser.getByRole('checkbox', { name: 'Fitzrovia' }).check();
    await chooser.getByRole('button', { name: 'Compare 2 proposals' }).click();
    await page.getByTestId('compare-table').waitFor();
    await screenshot(page, 'a11y-compare');
    expect(await seriousViolations(page, 'compare')).toEqual([]);
    await page.getByRole('button', { name: 'Back to editing' }).click();
  });

  it('presentation mode', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('p');
    await page.getByTestId('presentation').waitFor();
    await pause(page);
    expect(await seriousViolations(page, 'presentation')).toEqual([]);
    await page.keyboard.press('Escape');
  });
});

describe('accessibility at phone size (axe-core)', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp({ ...MOBILE, path: await shareHash(SHARED) });
    await waitForResult(app.page);
  }, 120_000);
  afterAll(async () => app?.close());

  it('390×844 with the sheet open', async () => {
    const page = app.page;
    await page.locator('.sheet-handle').click();
    await page.locator('aside.sidebar[data-sheet="full"]').waitFor();
    await pause(page);
    await screenshot(page, 'a11y-phone-sheet');
    expect(await seriousViolations(page, 'phone sheet open')).toEqual([]);
  });
});
