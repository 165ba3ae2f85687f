/**
 * The overlap map's sync (src/state/overlap-sync.ts): shapes are cut after a proposal's result lands,
 * the selected proposal first, once per pause rather than once per drag frame, and dropped with the proposal.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Polygon } from 'geojson';
import type { AnalysisResult, DataSummary, ProposalInput } from '../../../src/analysis/types';
import type { OverlapShapesResult } from '../../../src/analysis/overlap-shapes';
import type { AnalysisClient } from '../../../src/worker/client';
import { createMeetingSlice, type MeetingSlice } from '../../../src/state/meeting-slice';
import { createOverlapSlice, type OverlapSlice } from '../../../src/state/overlap-slice';
import { createProposalsSlice, type ProposalsSlice } from '../../../src/state/proposals-slice';
import { createResultsSlice, type ResultsSlice } from '../../../src/state/results-slice';
import { OTHER_OVERLAP_DELAY_MS, SELECTED_OVERLAP_DELAY_MS, startOverlapSync } from '../../../src/state/overlap-sync';

type S = ProposalsSlice & ResultsSlice & OverlapSlice & MeetingSlice;
const makeStore = () => createStore<S>()((...a) => ({ ...createProposalsSlice(...a), ...createResultsSlice(...a), ...createOverlapSlice(...a), ...createMeetingSlice(...a) }));
const square = (x: number, d = 0.01): Polygon => ({ type: 'Polygon', coordinates: [[[x, 51.5], [x + d, 51.5], [x + d, 51.5 + d], [x, 51.5 + d], [x, 51.5]]] });

function recordingClient(): AnalysisClient & { calls: { input: ProposalInput; others: string[] }[] } {
  const calls: { input: ProposalInput; others: string[] }[] = [];
  return {
    calls,
    ready: Promise.resolve({ oaCount: 1 } as DataSummary),
    analyse: () => Promise.reject(new Error('unused')),
    overlapShapes: (input, options) => {
      calls.push({ input, others: (options?.otherProposals ?? []).map((o) => o.id) });
      const result: OverlapShapesResult = { proposalId: input.id, pieces: [], sliversDropped: 0, notDrawn: 0, note: null, timingMs: 1 };
      return Promise.resolve(result);
    },
    setReferenceLayer: () => Promise.reject(new Error('unused')),
    setUserLayers: () => Promise.resolve([]),
    compareShapes: () => Promise.reject(new Error('unused')),
    dispose: () => undefined,
  };
}

let seq = 0;
const land = (store: ReturnType<typeof makeStore>, id: string) => {
  seq += 1;
  store.getState().markResultPending(id, seq);
  store.getState().setResult(id, seq, { proposalId: id, areaHa: seq } as AnalysisResult);
};

describe('overlap sync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('cuts the selected proposal first, others later, with the other proposals passed for their overlaps', async () => {
    const store = makeStore();
    const client = recordingClient();
    startOverlapSync(store, client);
    const a = store.getState().addProposal(square(-0.13));
    const b = store.getState().addProposal(square(-0.125)); // selected: added last
    land(store, a);
    land(store, b);
    await vi.advanceTimersByTimeAsync(SELECTED_OVERLAP_DELAY_MS);
    expect(client.calls.map((c) => c.input.id)).toEqual([b]);
    expect(client.calls[0]?.others).toEqual([a]);
    await vi.advanceTimersByTimeAsync(OTHER_OVERLAP_DELAY_MS);
    expect(client.calls.map((c) => c.input.id)).toEqual([b, a]);
    expect(Object.keys(store.getState().overlapShapes).sort()).toEqual([a, b].sort());
  });

  it('a drag (a result every frame) cuts the shapes once, after the pause', async () => {
    const store = makeStore();
    const client = recordingClient();
    startOverlapSync(store, client);
    const a = store.getState().addProposal(square(-0.13));
    for (let frame = 0; frame < 20; frame++) {
      land(store, a);
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(client.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(SELECTED_OVERLAP_DELAY_MS);
    expect(client.calls).toHaveLength(1);
  });

  it('drops a deleted proposal’s pieces', async () => {
    const store = makeStore();
    const client = recordingClient();
    startOverlapSync(store, client);
    const a = store.getState().addProposal(square(-0.13));
    land(store, a);
    await vi.advanceTimersByTimeAsync(SELECTED_OVERLAP_DELAY_MS);
    expect(store.getState().overlapShapes[a]).toBeDefined();
    store.getState().dropResults([a]);
    expect(store.getState().overlapShapes[a]).toBeUndefined();
  });
});
