import 'fake-indexeddb/auto';

// node 20 has no localStorage: a minimal in-memory one, like a browser's, for the journal.
const memory = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, String(v)),
    removeItem: (k: string) => void memory.delete(k),
  },
});
import { beforeEach, describe, expect, it } from 'vitest';
import { clear, createStore as createIdbStore, get, set } from 'idb-keyval';
import { createStore } from 'zustand/vanilla';
import type { Polygon } from 'geojson';
import { createProposalsSlice, type ProposalsSlice } from '../../../src/state/proposals-slice';
import { createNoticesSlice, type NoticesSlice } from '../../../src/state/notices-slice';
import { startPersistence, SAVE_DEBOUNCE_MS } from '../../../src/state/persistence';
import { startSettingsPersistence } from '../../../src/state/persistence-settings';
import { createResultsSlice, type ResultsSlice } from '../../../src/state/results-slice';
import { DB_NAME, DB_STORE, listQuarantineKeys, readQuarantine, STATE_KEY } from '../../../src/state/persistence-db';
import { JOURNAL_KEY } from '../../../src/state/persistence-journal';

type S = ProposalsSlice & NoticesSlice;
const makeStore = () => createStore<S>()((...a) => ({ ...createProposalsSlice(...a), ...createNoticesSlice(...a) }));
const idb = createIdbStore(DB_NAME, DB_STORE);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function square(d = 0.01): Polygon {
  const [x, y] = [-0.13, 51.5];
  return { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] };
}

/** Start a store, let it save some work, and return what a fresh start restores. */
async function saveThenReload(edit: (s: S) => void): Promise<{ before: S; after: S }> {
  const first = makeStore();
  const handle = await startPersistence(first);
  edit(first.getState());
  await handle.stop();
  const second = makeStore();
  await (await startPersistence(second)).stop();
  return { before: first.getState(), after: second.getState() };
}

describe('persistence to IndexedDB', () => {
  beforeEach(async () => {
    await clear(idb);
    memory.clear();
  });

  it('restores every proposal exactly, and the selection, after a reload', async () => {
    const { before, after } = await saveThenReload((s) => {
      const a = s.addProposal(square(), { name: 'Soho', notes: 'Line 1\nLine 2' });
      s.updateProposalGeometry(a, square(0.02), { layer: 'wards', codes: ['E05000649'] });
      const b = s.addProposal({ type: 'MultiPolygon', coordinates: [square(0.005).coordinates] }, { kind: 'cid' });
      s.toggleHidden(b);
      s.selectProposal(a);
    });
    expect(after.proposals).toStrictEqual(before.proposals);
    expect(after.selectedId).toBe(before.selectedId);
    expect(after.notices).toEqual([]);
    expect(after.saveStatus).toBe('saved');
  });

  it('debounces: nothing is written until the edits pause, then the latest state is', async () => {
    const store = makeStore();
    const handle = await startPersistence(store);
    store.getState().addProposal(square());
    expect(store.getState().saveStatus).toBe('pending');
    expect(await get(STATE_KEY, idb)).toBeUndefined();
    await sleep(SAVE_DEBOUNCE_MS + 200);
    const saved = await get<{ version: number; proposals: unknown[] }>(STATE_KEY, idb);
    expect(saved?.version).toBe(1);
    expect(saved?.proposals).toHaveLength(1);
    expect(store.getState().saveStatus).toBe('saved');
    await handle.stop();
  });

  it('sets a corrupt blob aside, tells the user, and starts empty', async () => {
    await set(STATE_KEY, 'not json at all {', idb);
    const store = makeStore();
    await (await startPersistence(store)).stop();
    expect(store.getState().proposals).toEqual([]);
    const [notice] = store.getState().notices;
    expect(notice?.title).toBe('Your saved work could not be restored');
    expect(notice?.details.join(' ')).toMatch(/not in a format/);
    const keys = await listQuarantineKeys();
    expect(keys).toHaveLength(1);
    expect(notice?.quarantineKey).toBe(keys[0]);
    expect((await readQuarantine(keys[0] ?? ''))?.original).toBe('not json at all {');
  });

  it('reads proposals from an envelope of another version, but still sets the original aside', async () => {
    const { before } = await saveThenReload((s) => void s.addProposal(square(), { name: 'Old one' }));
    const old = { version: 0, savedAt: 1, proposals: before.proposals, selectedId: null };
    await set(STATE_KEY, old, idb);
    const store = makeStore();
    await (await startPersistence(store)).stop();
    expect(store.getState().proposals.map((p) => p.name)).toEqual(['Old one']);
    const [notice] = store.getState().notices;
    expect(notice?.details.join(' ')).toMatch(/different version/);
    expect((await readQuarantine(notice?.quarantineKey ?? ''))?.original).toEqual(old);
    // The cleaned state was written back: a second start reports nothing.
    const again = makeStore();
    await (await startPersistence(again)).stop();
    expect(again.getState().notices).toEqual([]);
    expect(again.getState().proposals.map((p) => p.name)).toEqual(['Old one']);
  });

  it('keeps the good proposals when one is bad, and names the bad one', async () => {
    const { before } = await saveThenReload((s) => {
      s.addProposal(square(), { name: 'Good A' });
      s.addProposal(square(0.02), { name: 'Good B' });
    });
    const [a, b] = before.proposals;
    const bad = { ...a, id: 'bad', name: 'Broken', geometry: { type: 'Polygon', coordinates: [[[530000, 180000], [531000, 180000], [531000, 181000], [530000, 180000]]] } };
    await set(STATE_KEY, { version: 1, savedAt: 1, proposals: [a, bad, b], selectedId: 'bad' }, idb);
    const store = makeStore();
    await (await startPersistence(store)).stop();
    expect(store.getState().proposals.map((p) => p.name)).toEqual(['Good A', 'Good B']);
    expect(store.getState().selectedId).toBeNull();
    const [notice] = store.getState().notices;
    expect(notice?.title).toBe('Some of your saved work could not be restored');
    expect(notice?.details[0]).toBe('Restored 2 proposals.');
    expect(notice?.details.join(' ')).toMatch(/"Broken" could not be restored: geometry: a coordinate is not WGS84/);
  });

  it('flags a duplicated id and missing fields', async () => {
    const { before } = await saveThenReload((s) => void s.addProposal(square(), { name: 'Twice' }));
    const [a] = before.proposals;
    await set(STATE_KEY, { version: 1, savedAt: 1, proposals: [a, a, { name: 'No id' }], selectedId: null }, idb);
    const store = makeStore();
    await (await startPersistence(store)).stop();
    expect(store.getState().proposals).toHaveLength(1);
    const text = store.getState().notices[0]?.details.join(' ') ?? '';
    expect(text).toMatch(/"Twice" was saved twice/);
    expect(text).toMatch(/"No id" could not be restored: missing id/);
  });

  it('keeps proposals made while the saved state was still being read, and saves them', async () => {
    await saveThenReload((s) => void s.addProposal(square(), { name: 'Saved earlier' }));
    const store = makeStore();
    const starting = startPersistence(store);
    store.getState().addProposal(square(0.03), { name: 'Made during start' });
    const handle = await starting;
    expect(store.getState().proposals.map((p) => p.name)).toEqual(['Saved earlier', 'Made during start']);
    await handle.stop();
    const again = makeStore();
    await (await startPersistence(again)).stop();
    expect(again.getState().proposals.map((p) => p.name)).toEqual(['Saved earlier', 'Made during start']);
  });

  it('keeps the precept setting across a reload, and ignores a bad settings record', async () => {
    const first = createStore<ResultsSlice>()(createResultsSlice);
    const stop = await startSettingsPersistence(first);
    first.getState().setPreceptPerHousehold(46.38);
    await sleep(50);
    stop();
    const second = createStore<ResultsSlice>()(createResultsSlice);
    (await startSettingsPersistence(second))();
    expect(second.getState().preceptPerHousehold).toBe(46.38);
    await set('ldm:settings', { preceptPerHousehold: 'lots' }, idb);
    const third = createStore<ResultsSlice>()(createResultsSlice);
    (await startSettingsPersistence(third))();
    expect(third.getState().preceptPerHousehold).toBe(79.71);
  });

  it('warns when another tab is open, and picks up its saved work while it has no unsaved changes', async () => {
    const tabA = makeStore();
    const a = await startPersistence(tabA);
    const tabB = makeStore();
    const b = await startPersistence(tabB);
    await sleep(50);
    for (const tab of [tabA, tabB]) expect(tab.getState().notices.map((n) => n.title)).toEqual(['This app is open in another tab too']);
    tabA.getState().addProposal(square(), { name: 'Made in A' });
    await a.flush();
    await sleep(50);
    expect(tabB.getState().proposals.map((p) => p.name)).toEqual(['Made in A']);
    // B did not save A's work straight back (which would echo between tabs for ever).
    expect(tabB.getState().saveStatus).toBe('saved');
    await a.stop();
    await b.stop();
  });

  it('keeps a synchronous safety copy while a save is in flight, and drops it once saved', async () => {
    const store = makeStore();
    const handle = await startPersistence(store);
    store.getState().addProposal(square(), { name: 'In flight' });
    const saving = handle.flush();
    const journal = JSON.parse(memory.get(JOURNAL_KEY) ?? 'null') as { proposals: { name: string }[] } | null;
    expect(journal?.proposals.map((p) => p.name)).toEqual(['In flight']);
    await saving;
    expect(memory.has(JOURNAL_KEY)).toBe(false);
    await handle.stop();
  });

  it('restores from the safety copy when the page closed before IndexedDB had the newest work', async () => {
    const { before } = await saveThenReload((s) => void s.addProposal(square(), { name: 'Saved' }));
    const [saved] = before.proposals;
    const newer = { version: 1, savedAt: Date.now() + 1000, proposals: [saved, { ...saved, id: 'late', name: 'Only in the journal' }], selectedId: 'late' };
    memory.set(JOURNAL_KEY, JSON.stringify(newer));
    const store = makeStore();
    const handle = await startPersistence(store);
    expect(store.getState().proposals.map((p) => p.name)).toEqual(['Saved', 'Only in the journal']);
    expect(store.getState().selectedId).toBe('late');
    await handle.stop();
    // Written through to IndexedDB, after which the safety copy is no longer needed.
    expect((await get<{ proposals: unknown[] }>(STATE_KEY, idb))?.proposals).toHaveLength(2);
    expect(memory.has(JOURNAL_KEY)).toBe(false);
  });

  it('ignores an older safety copy, and sets an unreadable one aside with a notice', async () => {
    await saveThenReload((s) => void s.addProposal(square(), { name: 'Current' }));
    memory.set(JOURNAL_KEY, JSON.stringify({ version: 1, savedAt: 1, proposals: [], selectedId: null }));
    const a = makeStore();
    await (await startPersistence(a)).stop();
    expect(a.getState().proposals.map((p) => p.name)).toEqual(['Current']);
    memory.set(JOURNAL_KEY, '{"version":1, cut short');
    const b = makeStore();
    await (await startPersistence(b)).stop();
    expect(b.getState().proposals.map((p) => p.name)).toEqual(['Current']);
    expect(b.getState().notices[0]?.title).toBe('A safety copy of unsaved work could not be read');
    expect((await readQuarantine(b.getState().notices[0]?.quarantineKey ?? ''))?.original).toBe('{"version":1, cut short');
  });
});
