import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Polygon } from 'geojson';
import type { AnalyseOptions, AnalysisResult, DataSummary, ProposalInput } from '../../../src/analysis/types';
import type { AnalysisClient } from '../../../src/worker/client';
import { createProposalsSlice, type ProposalsSlice } from '../../../src/state/proposals-slice';
import { createResultsSlice, type ResultsSlice } from '../../../src/state/results-slice';
import { OVERLAP_REFRESH_MS, startAnalysisSync } from '../../../src/state/analysis-sync';

type S = ProposalsSlice & ResultsSlice;
const makeStore = () => createStore<S>()((...a) => ({ ...createProposalsSlice(...a), ...createResultsSlice(...a) }));

function square(d = 0.01, x = -0.13): Polygon {
  const y = 51.5;
  return { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] };
}

interface Call {
  input: ProposalInput;
  options: AnalyseOptions | undefined;
  resolve: (r: AnalysisResult) => void;
  reject: (e: Error) => void;
}

/** A client whose analyses the test answers by hand, to control arrival order. */
function manualClient(): AnalysisClient & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    ready: Promise.resolve({ oaCount: 1 } as DataSummary),
    analyse: (input, options) => new Promise((resolve, reject) => calls.push({ input, options, resolve, reject })),
    overlapShapes: () => Promise.reject(new Error('unused: the overlap sync has its own test')),
    setReferenceLayer: () => Promise.reject(new Error('unused')),
    setUserLayers: () => Promise.resolve([]),
    compareShapes: () => Promise.reject(new Error('unused')),
    dispose: () => undefined,
  };
}

/** Only the fields the sync code passes through; the panels' tests use full results. */
const fakeResult = (id: string, areaHa: number) => ({ proposalId: id, areaHa }) as AnalysisResult;
const flush = () => vi.advanceTimersByTimeAsync(0);

describe('analysis sync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('analyses a new proposal and stores the result as ready', async () => {
    const store = makeStore();
    const client = manualClient();
    startAnalysisSync(store, client);
    await flush();
    expect(store.getState().engineStatus).toBe('ready');
    const id = store.getState().addProposal(square());
    expect(store.getState().results[id]?.status).toBe('pending');
    expect(client.calls).toHaveLength(1);
    expect(client.calls[0]?.options?.preceptPerHousehold).toBe(79.71);
    client.calls[0]?.resolve(fakeResult(id, 85));
    await flush();
    expect(store.getState().results[id]).toMatchObject({ status: 'ready', result: { areaHa: 85 } });
  });

  it('keeps an older result visible but pending until the newest request answers', async () => {
    const store = makeStore();
    const client = manualClient();
    startAnalysisSync(store, client);
    const id = store.getState().addProposal(square());
    store.getState().updateProposalGeometry(id, square(0.02));
    expect(client.calls).toHaveLength(2);
    client.calls[0]?.resolve(fakeResult(id, 1));
    await flush();
    expect(store.getState().results[id]).toMatchObject({ status: 'pending', result: { areaHa: 1 } });
    client.calls[1]?.resolve(fakeResult(id, 4));
    await flush();
    expect(store.getState().results[id]).toMatchObject({ status: 'ready', result: { areaHa: 4 } });
  });

  it('passes the other visible proposals for overlaps and refreshes them after a pause', async () => {
    const store = makeStore();
    const client = manualClient();
    startAnalysisSync(store, client);
    const a = store.getState().addProposal(square(0.02));
    const b = store.getState().addProposal(square(0.02, -0.12));
    // Adding b: b is analysed at once (with a as other); a is refreshed only after the pause.
    expect(client.calls.map((c) => c.input.id)).toEqual([a, b]);
    expect(client.calls[1]?.options?.otherProposals?.map((p) => p.id)).toEqual([a]);
    await vi.advanceTimersByTimeAsync(OVERLAP_REFRESH_MS + 1);
    expect(client.calls.map((c) => c.input.id)).toEqual([a, b, a]);
    expect(client.calls[2]?.options?.otherProposals?.map((p) => p.id)).toEqual([b]);
    // Hiding b drops its result and, after the pause, a is re-analysed without b.
    store.getState().toggleHidden(b);
    expect(store.getState().results[b]).toBeUndefined();
    await vi.advanceTimersByTimeAsync(OVERLAP_REFRESH_MS + 1);
    expect(client.calls.at(-1)?.options?.otherProposals).toEqual([]);
  });

  it('re-analyses when the precept changes, and drops results of deleted proposals', async () => {
    const store = makeStore();
    const client = manualClient();
    startAnalysisSync(store, client);
    const id = store.getState().addProposal(square());
    store.getState().setPreceptPerHousehold(46.38);
    expect(client.calls.at(-1)?.options?.preceptPerHousehold).toBe(46.38);
    store.getState().deleteProposal(id);
    expect(store.getState().results).toEqual({});
  });

  it('records an engine failure for the proposal', async () => {
    const store = makeStore();
    const client = manualClient();
    startAnalysisSync(store, client);
    const id = store.getState().addProposal(square());
    client.calls[0]?.reject(new Error('data not loaded'));
    await flush();
    expect(store.getState().results[id]).toMatchObject({ status: 'error', error: 'data not loaded' });
  });

  it('reports when the engine cannot load its data', async () => {
    const store = makeStore();
    const client = { ...manualClient(), ready: Promise.reject(new Error('manifest.json missing')) };
    startAnalysisSync(store, client);
    await flush();
    expect(store.getState()).toMatchObject({ engineStatus: 'error', engineError: 'manifest.json missing' });
  });
});
