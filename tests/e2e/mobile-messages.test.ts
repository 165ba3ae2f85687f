/**
 * On a phone (issue 11), 390×844, touch: the results' warnings are counted in the sheet's peek with
 * the notices. A share link opens a parish drawn across the Hackney–Islington boundary; the peek says
 * how many messages there are and the most serious one ("Splits 2 boroughs"), and a tap opens the
 * sheet at them. Figures are checked against the engine run in node on the same shape.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/analyse';
import type { AnalysisResult } from '../../src/analysis/types';
import type { Proposal } from '../../src/state/proposals-slice';
import { screenshot, type AppSession } from './harness';
import { openWithEngine } from './engine-session';
import { box, MOBILE, SHARED, shareHash, tap, waitForResult } from './mobile-helpers';

/** A parish a group drew over Highbury, Stoke Newington and Dalston: across two boroughs or more (EPSG:4326). */
const ACROSS: Proposal = { ...SHARED, id: 'shared-across', name: 'Highbury and Dalston', geometry: box(-0.105, 51.54, -0.065, 51.56) };

/** "3 messages: Splits 2 boroughs" → { count: 3, headline: "Splits 2 boroughs" }. */
function readPeek(text: string | null): { count: number; headline: string } {
  const m = /(\d+) messages?:\s*(.+)$/.exec((text ?? '').trim());
  if (!m) throw new Error(`the peek's messages read "${text ?? ''}"`);
  return { count: Number(m[1]), headline: (m[2] ?? '').trim() };
}

/** The sheet's box and an element's, checked that the element's top is on screen inside the sheet's scrolled body. */
async function shownInSheet(page: Page, selector: string): Promise<boolean> {
  const body = await page.locator('.sheet-body').boundingBox();
  const el = await page.locator(selector).first().boundingBox();
  return !!body && !!el && el.y >= body.y - 1 && el.y + 20 <= body.y + body.height;
}

describe('the phone’s peek counts the results’ warnings (390×844, touch)', () => {
  let app: AppSession;
  let page: Page;
  let result: AnalysisResult;

  beforeAll(async () => {
    if (!ACROSS.geometry) throw new Error('no geometry');
    const session = await openWithEngine({ ...MOBILE, path: await shareHash(ACROSS) });
    ({ app, page } = session);
    result = analyse(session.prep, { id: ACROSS.id, name: ACROSS.name, kind: 'parish', geometry: ACROSS.geometry });
  });
  afterAll(async () => app?.close());

  it('says "N messages: Splits 2 boroughs" for a parish across boroughs; a tap opens the sheet at the messages', async () => {
    await waitForResult(page);
    const boroughs = result.governance.singleBorough.value;
    expect(boroughs).toBeGreaterThanOrEqual(2);
    const badge = page.getByTestId('peek-messages');
    await expect.poll(() => badge.textContent(), { timeout: 20_000 }).toContain(`Splits ${boroughs} boroughs`);
    const peek = readPeek(await badge.textContent());
    expect(peek.headline).toBe(`Splits ${boroughs} boroughs`);
    // The warning tone: a borough split is not just a note.
    expect(await badge.getAttribute('class')).toContain('sheet-peek__messages--warning');
    const peekBox = await badge.boundingBox();
    expect(peekBox && peekBox.height >= 44 && peekBox.width >= 44).toBe(true);
    await screenshot(page, 'phone-peek-result-messages');

    await tap(page, { x: (peekBox?.x ?? 0) + (peekBox?.width ?? 0) / 2, y: (peekBox?.y ?? 0) + (peekBox?.height ?? 0) / 2 });
    expect(await page.locator('aside.sidebar').getAttribute('data-sheet')).toBe('full');
    // Opened at the messages: the share link's notice first, then the proposal's own list.
    await expect.poll(() => shownInSheet(page, '.notice-list')).toBe(true);
    const notices = await page.locator('.notice-list > .notice').count();
    const listed = page.locator('.result-messages .result-message');
    // The count in the peek is every message the sheet lists there.
    expect(notices + (await listed.count())).toBe(peek.count);
    expect(await page.locator('.notice-list').textContent()).toContain('Opened a share link');
    const titles = await page.locator('.result-messages .result-message__title').allTextContents();
    expect(titles[0]).toContain(`Splits ${boroughs} boroughs`);
    // Said once, even though the engine repeats it in the governance checks.
    expect(titles.filter((t) => t.includes('boroughs'))).toHaveLength(1);
    const detail = await page.locator('.result-messages .result-message').first().textContent();
    expect(detail).toContain(result.governance.singleBorough.text);
    // The engine's other findings are there too: the wards it cuts, and the partial BID data note.
    const split = result.wards.filter((w) => (w.shareOfProposal >= 0.0005 || w.population > 0) && w.shareOfArea < 0.99).length;
    expect(split).toBeGreaterThan(0);
    expect(titles.some((t) => t.includes(`Splits ${split} ward`))).toBe(true);
    expect(titles.some((t) => t.includes('BID data is partial'))).toBe(true);
    await screenshot(page, 'phone-sheet-result-messages');
    // Notes fold to their title so the results follow close below; a tap opens one.
    const note = page.locator('.result-message[data-key="bids-partial"]');
    expect(await note.locator('.result-message__detail').isVisible()).toBe(false);
    await note.locator('summary').tap();
    await expect.poll(() => note.locator('.result-message__detail').isVisible()).toBe(true);
    expect(await note.locator('.result-message__detail').textContent()).toContain('BID data is partial: ');
    expect((await note.locator('summary').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);

    // Dismissing the link's notice counts down by one; the proposal's own messages stay.
    await page.locator('.notice-list').getByRole('button', { name: /^Dismiss/ }).first().tap();
    await expect.poll(async () => readPeek(await badge.textContent()).count).toBe(peek.count - 1);
    const handle = await page.locator('.sheet-handle').boundingBox();
    await tap(page, { x: (handle?.x ?? 0) + (handle?.width ?? 0) / 2, y: (handle?.y ?? 0) + (handle?.height ?? 0) / 2 });
    expect(await page.locator('aside.sidebar').getAttribute('data-sheet')).toBe('peek');
  });

  it('logged no errors', () => {
    expect(app.errors).toEqual([]);
  });
});
