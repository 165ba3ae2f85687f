/**
 * Accessibility (issue 10 item 4): axe-core, injected into the built app with page.addScriptTag, finds
 * no serious or critical violation in the editor (empty and with proposals), with results open (every
 * section expanded), in build-from-wards mode, in compare, in presentation mode, and at phone size
 * with the sheet open.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyse } from '../../src/analysis/analyse';
import type { Prepared } from '../../src/analysis/prepare';
import type { AppData } from '../../src/data/schema';
import { mode, panelPopulation, proposalButtonName, proposals } from './draw-helpers';
import polylabel from 'polylabel';
import { openApp, project, screenshot, waitForMapIdle, type AppSession } from './harness';
import { engineEstimate, openWithEngine } from './engine-session';
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
  if (found.unsure.length > 0) {
    // axe leaves text over the map undecided (the canvas behind is a picture). Judge it here against
    // the worst case: the text's own panel background composited over pure black and over pure white.
    const low = await page.evaluate((targets) => {
      const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const ratio = (a: number[], b: number[]) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
      const out: string[] = [];
      for (const target of targets) {
        const el = document.querySelector(target);
        if (!el) continue;
        const style = getComputedStyle(el);
        const fg = rgba(style.color);
        let bg: number[] = [0, 0, 0, 0];
        for (let node: Element | null = el; node && (bg[3] ?? 1) === 0; node = node.parentElement) {
          const c = rgba(getComputedStyle(node).backgroundColor);
          bg = c.length === 3 ? [...c, 1] : c;
        }
        const alpha = bg[3] ?? 0;
        const over = (base: number) => bg.slice(0, 3).map((v) => v * alpha + base * (1 - alpha));
        const worst = Math.min(ratio(fg, over(0)), ratio(fg, over(255)));
        const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
        if (worst < (large ? 3 : 4.5)) out.push(`${target}: ${worst.toFixed(2)}:1 (${style.color} on ${bg.join(',')})`);
      }
      return out;
    }, found.unsure);
    console.log(`[axe] colour contrast axe could not decide: ${found.unsure.length}; below 4.5:1 in the worst case: ${low.length}`);
    found.violations.push(...low.map((line) => ({ id: 'color-contrast-over-map', impact: 'serious', help: line, nodes: [{ target: [line] }] })));
  }
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

/** What has keyboard focus: its accessible-ish label, and whether a focus ring is drawn (computed style). */
async function focused(page: Page): Promise<{ label: string; tag: string; ring: boolean; outline: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { label: '', tag: 'BODY', ring: false, outline: 'none' };
    const style = getComputedStyle(el);
    const width = parseFloat(style.outlineWidth);
    // A ring counts when an outline of at least 2 px is painted in a visible colour, or a box-shadow ring is.
    const outlineShown = style.outlineStyle !== 'none' && width >= 2 && !/rgba\(.*, 0\)$/.test(style.outlineColor);
    const shadowShown = style.boxShadow !== 'none';
    return {
      label: el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.textContent?.trim() ?? '',
      tag: el.tagName,
      ring: outlineShown || shadowShown,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`,
    };
  });
}

/** Presses Tab (at a human pace) until the focused element's label matches, failing after `max` presses. */
async function tabTo(page: Page, label: RegExp | string, max = 60, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    const now = await focused(page);
    if (typeof label === 'string' ? now.label === label : label.test(now.label)) return;
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
  }
  throw new Error(`${key} never reached "${String(label)}"`);
}

describe('keyboard only (1366×768)', () => {
  let app: AppSession;
  let page: Page;
  let prep: Prepared;
  let data: AppData;
  beforeAll(async () => {
    ({ app, page, data, prep } = await openWithEngine({ viewport: { width: 1366, height: 768 } }));
  }, 180_000);
  afterAll(async () => app?.close());

  it('tabs through the toolbar with a visible focus ring on each control, and on the other controls over the map', async () => {
    await page.locator('body').focus();
    await tabTo(page, 'Browse the map');
    const seen: string[] = [];
    for (const label of ['Browse the map', 'Draw a polygon', 'Draw freehand', 'Draw a rectangle']) {
      const now = await focused(page);
      expect(now.label).toBe(label);
      expect(now.ring, `${label}: ${now.outline}`).toBe(true);
      seen.push(`${label}: ${now.outline}`);
      await page.keyboard.press('Tab');
      await pause(page, 150);
    }
    console.log(`[a11y] focus rings: ${seen.join(' ; ')}`);
    await page.keyboard.press('Shift+Tab');
    await screenshot(page, 'a11y-focus-toolbar');
    // Back past the toolbar: the layer panel's button, then the map itself (arrow keys pan it).
    await tabTo(page, /^(Show|Hide) layers$/, 10, 'Shift+Tab');
    const layers = await focused(page);
    expect(layers.ring, layers.outline).toBe(true);
    await screenshot(page, 'a11y-focus-layers');
    await tabTo(page, 'Map', 10, 'Shift+Tab');
    const map = await focused(page);
    expect(map.ring, map.outline).toBe(true);
    await screenshot(page, 'a11y-focus-map');
  });

  it('chooses a drawing tool with the keyboard', async () => {
    await page.locator('body').focus();
    await tabTo(page, 'Draw a rectangle');
    await page.keyboard.press('Enter');
    await expect.poll(() => mode(page)).toMatchObject({ kind: 'draw', tool: 'rectangle' });
    await pause(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => mode(page)).toMatchObject({ kind: 'browse' });
  });

  it('builds a proposal from two wards with Tab, typing and Enter; the panel’s population is the engine’s and the live region says it', async () => {
    const wards = ['Borough & Bankside', 'London Bridge & West Bermondsey'].map((name) => data.wards.features.find((f) => f.properties.name === name)!);
    expect(wards.every(Boolean)).toBe(true);
    await page.locator('body').focus();
    await tabTo(page, 'Build from wards');
    await page.keyboard.press('Enter');
    await expect.poll(() => mode(page)).toMatchObject({ kind: 'build', layer: 'wards' });
    await tabTo(page, 'Find a ward or borough', 20);
    expect((await focused(page)).tag).toBe('INPUT');
    for (const [i, ward] of wards.entries()) {
      if (i > 0) {
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Control+A');
      }
      await page.keyboard.type(ward.properties.name, { delay: 40 });
      await pause(page);
      await page.keyboard.press('Tab');
      expect((await focused(page)).label).toBe(`Add ${ward.properties.name} (${ward.properties.boroughName})`);
      if (i === 0) await screenshot(page, 'a11y-ward-picker');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await proposals(page)).at(-1)?.builtFrom?.codes, { timeout: 20_000 }).toEqual(wards.slice(0, i + 1).map((w) => w.properties.code));
      // The same button now offers the opposite action, and keeps the focus.
      await expect.poll(async () => (await focused(page)).label).toBe(`Remove ${ward.properties.name} (${ward.properties.boroughName})`);
      await pause(page);
    }
    await screenshot(page, 'a11y-ward-picker-built');
    const built = (await proposals(page)).at(-1)!;
    const shown = await panelPopulation(page);
    const engine = engineEstimate(prep, built.geometry!);
    const each = wards.map((w) => engineEstimate(prep, w.geometry));
    console.log(`[e2e] keyboard build: panel ${shown}, engine on the union ${engine}, engine per ward ${each.join(' + ')} = ${each[0]! + each[1]!}`);
    expect(shown).toBe(engine);
    expect(shown).toBe(each[0]! + each[1]!);

    const name = await page.evaluate(() => {
      const s = window.__ldm!.store.getState();
      return s.proposals.find((p) => p.id === s.selectedId)?.name;
    });
    // The engine's borough count (a ward edge may graze the next borough), as the results panel shows it.
    const boroughs = analyse(prep, { id: 'node', name: 'node', kind: 'parish', geometry: built.geometry! }).boroughs.length;
    await expect
      .poll(() => page.getByTestId('results-announcer').textContent(), { timeout: 10_000 })
      .toBe(`${name}: ${shown.toLocaleString('en-GB')} residents, ${boroughs} ${boroughs === 1 ? 'borough' : 'boroughs'}`);
    expect(await page.getByTestId('results-announcer').getAttribute('aria-live')).toBe('polite');
  }, 180_000);

  it('says in words what a click in build mode would do, and draws add and remove with different lines', async () => {
    expect(await mode(page)).toMatchObject({ kind: 'build', layer: 'wards' });
    const hint = page.locator('.draw-toolbar__hint');
    const card = page.getByTestId('hover-card');
    // Borough & Bankside is in the proposal built above; Chaucer (Southwark) is not.
    const cases = [
      { name: 'Borough & Bankside', action: 'remove', line: 'build-hover-line-remove' },
      { name: 'Chaucer', action: 'add', line: 'build-hover-line' },
    ] as const;
    const inside = cases.map((c) => {
      const ward = data.wards.features.find((f) => f.properties.name === c.name)!;
      const [lng, lat] = polylabel((ward.geometry.type === 'Polygon' ? ward.geometry.coordinates : ward.geometry.coordinates[0]!) as number[][][], 1e-6);
      return [lng!, lat!] as [number, number];
    });
    for (const [i, c] of cases.entries()) {
      // Each ward's inside point at the centre of the map, clear of the toolbar and the ward list.
      await page.evaluate((at) => window.__ldm!.map!.jumpTo({ center: at, zoom: 14 }), inside[i]!);
      await waitForMapIdle(page);
      const at = await project(page, inside[i]!);
      expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas'), at)).toBe(true);
      await page.mouse.move(at.x - 20, at.y - 20);
      await pause(page);
      await page.mouse.move(at.x, at.y, { steps: 4 });
      await expect.poll(() => hint.textContent(), { timeout: 10_000 }).toBe(`Click to ${c.action} ${c.name}.`);
      expect(await card.locator('.hover-card__action').textContent()).toBe(`Click to ${c.action} ${c.name}`);
      // Which outline layer draws the highlight: solid "add" or dashed "remove", never both.
      const lines = await page.evaluate(() => {
        const map = window.__ldm!.map!;
        return ['build-hover-line', 'build-hover-line-remove'].filter((id) => map.queryRenderedFeatures({ layers: [id] }).length > 0);
      });
      expect(lines).toEqual([c.line]);
      await screenshot(page, `a11y-build-cue-${c.action}`);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => hint.textContent()).not.toContain('Click to');
  }, 240_000);
});
