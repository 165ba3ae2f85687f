/**
 * The overlap map's sync (src/state/overlap-sync.ts): shapes are cut after a proposal's result lands,
 * the selected proposal first, once per pause rather than once per drag frame, and dropped with the proposal.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Polygon } from 'geojson';
import type { AnalysisResult, DataSummary, ProposalInput } from '../../../src/analysis/types';
import type { OverlapPiece, OverlapShapesResult } from '../../../src/analysis/overlap-shapes';
import type { AnalysisClient } from '../../../src/worker/client';
import { createMeetingSlice, type MeetingSlice } from '../../../src/state/meeting-slice';
import { createOverlapSlice, type OverlapSlice } from '../../../src/state/overlap-slice';
import { createProposalsSlice, type ProposalsSlice } from '../../../src/state/proposals-slice';
import { createResultsSlice, type ResultsSlice } from '../../../src/state/results-slice';
import { OTHER_OVERLAP_DELAY_MS, SELECTED_OVERLAP_DELAY_MS, startOverlapSync } from '../../../src/state/overlap-sync';

type S = ProposalsSlice & ResultsSlice & OverlapSlice & MeetingSlice;
const makeStore = () => createStore<S>()((...a) => ({ ...createProposalsSlice(...a), ...createResultsSlice(...a), ...createOverlapSlice(...a), ...createMeetingSlice(...a) }));
const square = (x: number, d = 0.01): Polygon => ({ type: 'Polygon', coordinates: [[[x, 51.5], [x + d, 51.5], [x + d, 51.5 + d], [x, 51.5 + d], [x, 51.5]]] });

/** A piece per other proposal passed (a fixture: the real clip is tested in overlap-shapes.test.ts). */
const pieceFor = (other: ProposalInput): OverlapPiece => ({
  key: `proposal:${other.id}`,
  kind: 'proposal',
  id: other.id,
  name: other.name,
  areaM2: 1000,
  shapeAreaM2: 1000,
  residents: 1,
  label: [0, 51.5],
  geometry: { type: 'MultiPolygon', coordinates: [] },
});

function recordingClient(delayMs = 0): AnalysisClient & { calls: { input: ProposalInput; others: string[] }[] } {
  const calls: { input: ProposalInput; others: string[] }[] = [];
  return {
    calls,
    ready: Promise.resolve({ oaCount: 1 } as DataSummary),
    analyse: () => Promise.reject(new Error('unused')),
    overlapShapes: (input, options) => {
      calls.push({ input, others: (options?.otherProposals ?? []).map((o) => o.id) });
      const pieces = (options?.otherProposals ?? []).map(pieceFor);
      const result: OverlapShapesResult = { proposalId: input.id, pieces, leftOut: [], sliversDropped: 0, notDrawn: 0, blocked: null, timingMs: 1 };
      return delayMs === 0 ? Promise.resolve(result) : new Promise((resolve) => setTimeout(() => resolve(result), delayMs));
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

  it('a reshape removes the proposal’s pieces at once, and the other proposal’s piece with it, until the new cut lands', async () => {
    const store = makeStore();
    const client = recordingClient();
    startOverlapSync(store, client);
    const a = store.getState().addProposal(square(-0.13));
    const b = store.getState().addProposal(square(-0.125));
    land(store, a);
    land(store, b);
    await vi.advanceTimersByTimeAsync(OTHER_OVERLAP_DELAY_MS + SELECTED_OVERLAP_DELAY_MS);
    expect(store.getState().overlapShapes[a]?.pieces.map((p) => p.key)).toEqual([`proposal:${b}`]);
    expect(store.getState().overlapShapes[b]?.pieces.map((p) => p.key)).toEqual([`proposal:${a}`]);
    // The first frame of a drag of b: no result has landed yet, and no piece of b's old shape is left.
    store.getState().updateProposalGeometry(b, square(-0.124), undefined, 'drag');
    expect(store.getState().overlapShapes[b]).toBeUndefined();
    expect(store.getState().overlapShapes[a]?.pieces).toEqual([]);
    const shapesAfterFirstFrame = store.getState().overlapShapes;
    // Later frames change nothing more (the map is not redrawn per frame).
    store.getState().updateProposalGeometry(b, square(-0.123), undefined, 'drag');
    expect(store.getState().overlapShapes).toBe(shapesAfterFirstFrame);
    // The new result lands: b is cut again, from the new shape.
    land(store, b);
    await vi.advanceTimersByTimeAsync(SELECTED_OVERLAP_DELAY_MS);
    expect(store.getState().overlapShapes[b]?.pieces.map((p) => p.key)).toEqual([`proposal:${a}`]);
  });

  it('a cut that lands after its proposal was reshaped is not kept', async () => {
    const store = makeStore();
    const client = recordingClient(100); // the worker takes 100 ms to cut
    startOverlapSync(store, client);
    const a = store.getState().addProposal(square(-0.13));
    land(store, a);
    await vi.advanceTimersByTimeAsync(SELECTED_OVERLAP_DELAY_MS + 50); // the cut is under way
    expect(client.calls).toHaveLength(1);
    store.getState().updateProposalGeometry(a, square(-0.129));
    await vi.advanceTimersByTimeAsync(60); // the old shape's cut lands
    expect(store.getState().overlapShapes[a]).toBeUndefined();
  });
});
