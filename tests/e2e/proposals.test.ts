/**
 * Proposals (issue 4), as a user meets them in the sidebar: draw them with the map's drawing tools
 * (real mouse clicks), rename, duplicate, delete, undo/redo from the keyboard, reload and find
 * everything restored exactly, overlaps reported, a corrupt saved record reported and set aside,
 * and a share link opened in a fresh browser.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Polygon } from 'geojson';
import { area } from '@turf/turf';
import { clickAt, proposalButtonName } from './draw-helpers';
import { distinctMessages, jumpTo, openApp, project, renderedFeatures, screenshot, waitForMapIdle, type AppSession } from './harness';

/** Axis-aligned box, EPSG:4326, [west, south, east, north]. */
function box(w: number, s: number, e: number, n: number): Polygon {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}
// Two overlapping boxes in Fitzrovia / Bloomsbury (Camden and Westminster).
const WEST = box(-0.145, 51.515, -0.13, 51.525);
const EAST = box(-0.137, 51.515, -0.122, 51.525);

interface Snapshot {
  proposals: { id: string; name: string; kind: string; colour: string; notes: string; hidden: boolean; geometry: unknown }[];
  selectedId: string | null;
}

const snapshot = (page: Page): Promise<Snapshot> =>
  page.evaluate(() => {
    const s = window.__ldm?.store.getState();
    if (!s) throw new Error('no store');
    return JSON.parse(JSON.stringify({ proposals: s.proposals, selectedId: s.selectedId })) as Snapshot;
  });

const names = async (page: Page) => (await snapshot(page)).proposals.map((p) => p.name);

/** The proposal names as the sidebar list shows them, top to bottom (each row's select button). */
const listNames = async (page: Page): Promise<string[]> => {
  const list = page.getByRole('list', { name: 'Proposals' });
  if ((await list.count()) === 0) return [];
  return list.locator('li > button.proposal-row__name > .proposal-row__label').allTextContents();
};

/** Names of the proposals the map renders in the viewport (our proposals layer), sorted, once the map is idle. */
async function mapNames(page: Page): Promise<string[]> {
  await waitForMapIdle(page);
  const features = await renderedFeatures(page, ['proposals-fill']);
  return [...new Set(features.map((f) => String(f.name)))].sort();
}

/** 300–500 ms between user actions, like a person. */
const humanPause = (page: Page) => page.waitForTimeout(300 + Math.round(Math.random() * 200));

const ring = (polygon: Polygon): [number, number][] => (polygon.coordinates[0] ?? []) as [number, number][];

async function renameInList(page: Page, from: string, to: string): Promise<void> {
  await humanPause(page);
  await page.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
  const input = page.getByRole('textbox', { name: `New name for ${from}` });
  await input.fill(to);
  await input.press('Enter');
  await page.getByRole('list', { name: 'Proposals' }).getByRole('button', { name: proposalButtonName(to) }).waitFor();
}

/** The WEST and EAST boxes as drawn with the mouse in the first test (pixel-rounded corners), and EAST's default name. */
let drawnWest: Polygon;
let drawnEast: Polygon;
let eastDefault: string;

async function waitSaved(page: Page): Promise<void> {
  await page.getByTestId('save-status').filter({ hasText: 'All changes saved' }).waitFor();
}

async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__ldm?.readyAt !== undefined, undefined, { timeout: 60_000 });
  await page.getByRole('complementary', { name: 'Proposals and results' }).waitFor();
}

describe('proposals in the sidebar', () => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await openApp();
    page = app.page;
    await waitForApp(page);
  });
  afterAll(async () => app?.close());

  it('shows proposals added by the drawing tools, and renames one inline', async () => {
    // At 1280×800 the layer panel starts collapsed (small-laptop layout, issue 11): the map is clear.
    await page.getByRole('button', { name: 'Show layers' }).waitFor();
    // Zoom 14: both boxes fit the 880 × 800 px map beside the sidebar, clear of the toolbar and the credits.
    await jumpTo(page, [-0.1335, 51.52], 14);
    await page.getByLabel('Snap to boundaries').uncheck();
    expect(await listNames(page)).toEqual([]);

    // WEST with the rectangle tool: two clicks on opposite corners, at a human pace.
    await page.getByRole('button', { name: 'Draw a rectangle' }).click();
    await humanPause(page);
    await clickAt(page, [-0.145, 51.525]);
    await humanPause(page);
    const se = await project(page, [-0.13, 51.515]);
    await page.mouse.move(se.x, se.y, { steps: 5 });
    await humanPause(page);
    await page.mouse.click(se.x, se.y);
    await expect.poll(() => listNames(page), { timeout: 20_000 }).toHaveLength(1);
    const [westDefault] = await listNames(page);
    await renameInList(page, westDefault ?? '', 'Fitzrovia');
    await page.keyboard.press('Escape');

    // EAST with the polygon tool: four corners, then Enter.
    await page.getByRole('button', { name: 'Draw a polygon' }).click();
    for (const corner of ring(EAST).slice(0, 4)) {
      await humanPause(page);
      await clickAt(page, corner);
    }
    await humanPause(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => listNames(page), { timeout: 20_000 }).toHaveLength(2);
    eastDefault = (await listNames(page))[1] ?? '';
    expect(eastDefault).not.toBe('Fitzrovia');
    await renameInList(page, eastDefault, 'Bloomsbury');
    await page.keyboard.press('Escape');

    // What was drawn is what was clicked: each corner within 1e-4° (~7 m; 1 px ≈ 3 m at zoom 14).
    const drawn = (await snapshot(page)).proposals;
    for (const [i, expected] of [WEST, EAST].entries()) {
      const got = ring(drawn[i]?.geometry as Polygon);
      expect(got).toHaveLength(5);
      for (const [x, y] of ring(expected).slice(0, 4)) expect(got.some(([gx = 0, gy = 0]) => Math.abs(gx - x) < 1e-4 && Math.abs(gy - y) < 1e-4), `${x},${y}`).toBe(true);
    }
    drawnWest = drawn[0]?.geometry as Polygon;
    drawnEast = drawn[1]?.geometry as Polygon;
    // Both are on the map as the user sees it (our proposals layer, as rendered).
    await expect.poll(() => mapNames(page), { timeout: 20_000 }).toEqual(['Bloomsbury', 'Fitzrovia']);
    await screenshot(page, 'proposals-drawn');
    // A layer id that is not on the map is an error, not an empty answer.
    await expect(renderedFeatures(page, ['proposals-fil'])).rejects.toThrow(/no map layer proposals-fil/);

    await page.getByRole('button', { name: 'Rename Fitzrovia' }).click();
    const input = page.getByRole('textbox', { name: 'New name for Fitzrovia' });
    await input.fill('Fitzrovia West');
    await input.press('Enter');
    await expect.poll(() => listNames(page)).toEqual(['Fitzrovia West', 'Bloomsbury']);
    expect(await names(page)).toEqual(['Fitzrovia West', 'Bloomsbury']);
  });

  it('duplicates and deletes from the list, and undoes/redoes with the keyboard', async () => {
    const shown = () => listNames(page);
    await page.getByRole('button', { name: 'Duplicate Bloomsbury' }).click();
    await expect.poll(shown).toEqual(['Fitzrovia West', 'Bloomsbury', 'Bloomsbury (copy)']);
    await page.getByRole('button', { name: 'Delete Bloomsbury (copy)' }).click();
    await expect.poll(shown).toEqual(['Fitzrovia West', 'Bloomsbury']);
    await page.getByRole('status').filter({ hasText: 'Deleted “Bloomsbury (copy)”' }).waitFor();

    await page.locator('body').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const key = async (combo: string, expected: string[]) => {
      await humanPause(page);
      await page.keyboard.press(combo);
      await expect.poll(shown, { message: `after ${combo}` }).toEqual(expected);
    };
    await key('Control+z', ['Fitzrovia West', 'Bloomsbury', 'Bloomsbury (copy)']);
    await key('Control+Shift+z', ['Fitzrovia West', 'Bloomsbury']);
    await key('Control+z', ['Fitzrovia West', 'Bloomsbury', 'Bloomsbury (copy)']);
    await key('Control+z', ['Fitzrovia West', 'Bloomsbury']); // the duplicate itself
    await key('Control+y', ['Fitzrovia West', 'Bloomsbury', 'Bloomsbury (copy)']);
    await humanPause(page);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(shown).toEqual(['Fitzrovia West', 'Bloomsbury']);
    await humanPause(page);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(shown).toEqual(['Fitzrovia West', 'Bloomsbury', 'Bloomsbury (copy)']);
    await humanPause(page);
    await page.getByRole('button', { name: 'Delete Bloomsbury (copy)' }).click();
    await expect.poll(shown).toEqual(['Fitzrovia West', 'Bloomsbury']);

    // Walk the whole history back to before the second drawing, one step per key, then forward again.
    const back = [
      ['Fitzrovia West', 'Bloomsbury', 'Bloomsbury (copy)'], // the delete
      ['Fitzrovia West', 'Bloomsbury'], // the duplicate
      ['Fitzrovia', 'Bloomsbury'], // the rename to Fitzrovia West
      ['Fitzrovia', eastDefault], // the rename to Bloomsbury
      ['Fitzrovia'], // drawing EAST
    ];
    for (const expected of back) await key('Control+z', expected);
    await expect.poll(() => mapNames(page), { timeout: 20_000 }).toEqual(['Fitzrovia']);
    await screenshot(page, 'proposals-undo-drawing');
    for (const expected of [...back].reverse().slice(1)) await key('Control+Shift+z', expected);
    await key('Control+Shift+z', ['Fitzrovia West', 'Bloomsbury']);
    expect(await names(page)).toEqual(['Fitzrovia West', 'Bloomsbury']);
    // The redone drawing is the shape that was drawn, not an approximation, and the map shows both again.
    expect((await snapshot(page)).proposals[1]?.geometry).toEqual(drawnEast);
    await expect.poll(() => mapNames(page), { timeout: 20_000 }).toEqual(['Bloomsbury', 'Fitzrovia West']);
  });

  it('leaves Ctrl+Z to a text field while typing in it', async () => {
    await page.getByRole('button', { name: proposalButtonName('Bloomsbury') }).click();
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.fill('Ask the residents’ association');
    await notes.press('Control+z');
    // The store's undo did not run: nothing to redo, both proposals still there.
    expect(await page.evaluate(() => window.__ldm?.store.getState().canRedo)).toBe(false);
    expect(await names(page)).toEqual(['Fitzrovia West', 'Bloomsbury']);
  });

  it('reports the live population and the overlap with the other proposal', async () => {
    await page.getByRole('button', { name: proposalButtonName('Fitzrovia West') }).click();
    const results = page.getByTestId('results');
    await page.locator('[data-testid="results"][data-status="ready"]').waitFor({ timeout: 60_000 });
    const shown = await page.getByTestId('population-estimate').textContent();
    const expected = await page.evaluate(() => {
      const s = window.__ldm?.store.getState();
      return s && s.selectedId ? (s.results[s.selectedId]?.result?.population.estimate ?? null) : null;
    });
    expect(expected).toBeGreaterThan(1000);
    expect(shown).toBe(new Intl.NumberFormat('en-GB').format(expected ?? NaN));
    const overlaps = results.getByTestId('proposal-overlaps');
    await overlaps.filter({ hasText: 'Bloomsbury' }).waitFor();
    expect(await overlaps.textContent()).toMatch(/Bloomsbury: [\d.]+ ha shared/);
    await screenshot(page, 'proposals-results');
  });

  it('recomputes the precept when the user changes the charge per household', async () => {
    const charge = page.getByRole('spinbutton', { name: 'Annual charge per household (£)' });
    expect(await charge.inputValue()).toBe('79.71');
    await charge.fill('46.38');
    await charge.press('Enter');
    await page.getByText(/households at £46\.38 each/).waitFor();
    await page.getByRole('button', { name: 'Reset to £79.71' }).click();
    await page.getByText(/households at £79\.71 each/).waitFor();
  });

  it('downloads every proposal as GeoJSON with its current figures', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download GeoJSON' }).click()]);
    expect(download.suggestedFilename()).toBe('london-proposals.geojson');
    const file = await download.path();
    const fc = JSON.parse(readFileSync(file, 'utf8')) as { type: string; features: { geometry: unknown; properties: Record<string, unknown> }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties.name)).toEqual(['Fitzrovia West', 'Bloomsbury']);
    expect(fc.features[0]?.geometry).toEqual(drawnWest);
    const shown = await page.getByTestId('population-estimate').textContent();
    expect(new Intl.NumberFormat('en-GB').format(Number(fc.features[0]?.properties.population))).toBe(shown);
  });

  it('hides a proposal: no results for it, and it is left out of the others’ overlaps', async () => {
    await page.getByRole('button', { name: 'Hide Bloomsbury' }).click();
    await page.getByTestId('proposal-overlaps-none').waitFor();
    await page.getByRole('button', { name: proposalButtonName('Bloomsbury') }).click();
    await page.getByText('This proposal is hidden. Show it to see its results.').waitFor();
    await page.getByRole('button', { name: 'Show Bloomsbury' }).click();
    await page.getByRole('button', { name: proposalButtonName('Fitzrovia West') }).click();
    await page.getByTestId('proposal-overlaps').filter({ hasText: 'Bloomsbury' }).waitFor();
  });

  it('offers "Undo delete" after a delete from the map toolbar too', async () => {
    await page.getByRole('button', { name: proposalButtonName('Bloomsbury') }).click();
    await page.getByRole('button', { name: 'Delete the selected proposal' }).click();
    expect(await names(page)).toEqual(['Fitzrovia West']);
    await page.getByRole('status').filter({ hasText: 'Deleted “Bloomsbury”' }).getByRole('button', { name: 'Undo delete' }).click();
    expect(await names(page)).toEqual(['Fitzrovia West', 'Bloomsbury']);
    await page.getByRole('button', { name: proposalButtonName('Fitzrovia West') }).click();
  });

  it('restores every proposal exactly after a reload', async () => {
    await waitSaved(page);
    const before = await snapshot(page);
    await page.reload();
    await waitForApp(page);
    await waitSaved(page);
    expect(await snapshot(page)).toEqual(before);
    await page.getByRole('button', { name: proposalButtonName('Bloomsbury') }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('');
  });

  it('keeps an edit made the moment before the page is reloaded or closed', async () => {
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate((east) => {
        window.__ldm?.store.getState().addProposal(east, { name: 'Last second' });
        window.location.reload(); // no time for the debounced IndexedDB save
      }, EAST),
    ]);
    await page.waitForFunction(() => window.__ldm?.readyAt !== undefined && window.__ldm.store.getState().saveStatus === 'saved', undefined, {
      timeout: 60_000,
    });
    expect(await names(page)).toEqual(['Fitzrovia West', 'Bloomsbury', 'Last second']);
  });

  it('reports a corrupt saved record, sets it aside and offers it for download', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('london-district-mapper');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('state', 'readwrite');
            tx.objectStore('state').put({ version: 1, proposals: [{ id: 'x', name: 'Mangled' }, 42] }, 'ldm:state');
            localStorage.removeItem('ldm:journal');
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await page.reload();
    await waitForApp(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Your saved work could not be restored' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/"Mangled" could not be restored: its type \(parish or CID\) is missing/);
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download set-aside data' }).click()]);
    const setAside = JSON.parse(readFileSync(await download.path(), 'utf8')) as { problems: string[]; original: { proposals: unknown[] } };
    expect(setAside.original.proposals).toEqual([{ id: 'x', name: 'Mangled' }, 42]);
    expect(setAside.problems.join(' ')).toMatch(/Mangled/);
    expect(await names(page)).toEqual([]);
    await screenshot(page, 'proposals-corrupt-restore');
  });

  it('after a burst of edits (a drag), shows the result for the final shape; prints edit-to-result latency', async () => {
    // Sequential single edits: time from the store edit to the matching result in the store.
    const latencies = await page.evaluate(async (west) => {
      const store = window.__ldm?.store;
      if (!store) throw new Error('no store');
      const id = store.getState().addProposal(west, { name: 'Dragged' });
      const settled = () =>
        new Promise<void>((done) => {
          const check = () => {
            const e = store.getState().results[id];
            if (e?.status === 'ready' && e.resultSeq === e.requestSeq) {
              unsubscribe();
              done();
            }
          };
          const unsubscribe = store.subscribe(check);
          check();
        });
      await settled();
      const ring = west.coordinates[0] ?? [];
      const out: number[] = [];
      for (let i = 1; i <= 20; i += 1) {
        const moved = ring.map(([x = 0, y = 0], k) => (k === 2 ? [x + i * 0.0005, y + i * 0.0003] : [x, y]));
        const t0 = performance.now();
        store.getState().updateProposalGeometry(id, { type: 'Polygon', coordinates: [moved] });
        await settled();
        out.push(performance.now() - t0);
      }
      // A burst like a drag: 30 edits one animation frame apart, then the last one must win.
      for (let i = 1; i <= 30; i += 1) {
        const grown = ring.map(([x = 0, y = 0], k) => (k === 1 || k === 2 ? [x + i * 0.001, y] : [x, y]));
        store.getState().updateProposalGeometry(id, { type: 'Polygon', coordinates: [grown] });
        await new Promise((r) => requestAnimationFrame(r));
      }
      await settled();
      return out;
    }, WEST);
    const sorted = [...latencies].sort((a, b) => a - b);
    const pct = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
    // Includes the map re-drawing the shape on each store edit (a terra-draw drag skips that): the
    // drag-to-result figure for issue 4 comes from the real mouse drag in draw.test.ts.
    console.log(`[e2e] store edit → result in store (worker + map repaint, 20 edits): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms`);
    const final = await page.evaluate(() => {
      const s = window.__ldm?.store.getState();
      const p = s?.proposals.find((q) => q.name === 'Dragged');
      return p ? { area: s?.results[p.id]?.result?.areaHa, geometry: p.geometry } : null;
    });
    // The final shape is WEST widened by 0.03° of longitude: its geodesic area, ha.
    const expected = area({ type: 'Feature', properties: {}, geometry: final?.geometry as Polygon }) / 10_000;
    expect(final?.area).toBeCloseTo(expected, 0);
    expect(final?.geometry).toEqual(box(-0.145, 51.515, -0.13 + 30 * 0.001, 51.525));
  });

  it('did all this with no console errors or untolerated warnings, and no request leaving the machine', () => {
    console.log(`[e2e] console warnings seen (tolerated ones included):\n${distinctMessages(app.warnings)}`);
    expect(app.errors, distinctMessages(app.errors)).toEqual([]);
    expect(app.blocked).toEqual([]);
  });
});

describe('two tabs', () => {
  it('warns in both, and a tab with no unsaved changes picks up the other tab’s saved work', async () => {
    const app = await openApp();
    try {
      await waitForApp(app.page);
      const other = await app.page.context().newPage();
      await other.goto(inject('baseUrl'));
      await waitForApp(other);
      for (const tab of [app.page, other]) {
        await tab.getByRole('alert').filter({ hasText: 'This app is open in another tab too' }).waitFor();
      }
      await app.page.evaluate((west) => window.__ldm?.store.getState().addProposal(west, { name: 'From tab one' }), WEST);
      await other.getByRole('button', { name: proposalButtonName('From tab one') }).waitFor();
      expect((await snapshot(other)).proposals).toEqual((await snapshot(app.page)).proposals);
      await screenshot(other, 'proposals-second-tab');
    } finally {
      await app.close();
    }
  });
});

describe('share links', () => {
  it('opens a copied link in a fresh browser with the same proposals, and says so', async () => {
    const sender = await openApp();
    let link: string;
    try {
      await waitForApp(sender.page);
      await sender.page.evaluate(
        ([west, east]) => {
          const s = window.__ldm?.store.getState();
          s?.addProposal(west, { name: 'Shared West', notes: 'from the meeting' });
          s?.addProposal(east, { name: 'Shared East', kind: 'cid' });
        },
        [WEST, EAST] as const,
      );
      await sender.page.getByRole('button', { name: 'Copy share link' }).click();
      const field = sender.page.getByTestId('share-url');
      await field.waitFor();
      link = await field.inputValue();
    } finally {
      await sender.close();
    }
    const hash = new URL(link).hash;
    expect(hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    const receiver = await openApp({ path: hash });
    try {
      await waitForApp(receiver.page);
      const notice = receiver.page.getByRole('status').filter({ hasText: 'Opened a share link' });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/Added 2 proposals: “Shared West”, “Shared East”/);
      const got = await snapshot(receiver.page);
      expect(got.proposals.map((p) => [p.name, p.kind, p.notes])).toEqual([
        ['Shared West', 'parish', 'from the meeting'],
        ['Shared East', 'cid', ''],
      ]);
      expect(got.proposals[0]?.geometry).toEqual(WEST);
      expect(await receiver.page.evaluate(() => window.location.hash)).toBe('');
      expect(receiver.errors).toEqual([]);
      await screenshot(receiver.page, 'proposals-share-opened');
    } finally {
      await receiver.close();
    }
  });
});
