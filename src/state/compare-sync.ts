/**
 * Keeps the comparison's differences (regions only in one compared proposal, or shared) in step
 * with what is chosen for comparison: whenever the chosen proposals, their shapes or names change,
 * the worker computes them again (latest-wins in the client). Fewer than two: cleared.
 */
import type { StoreApi } from 'zustand';
import type { CompareInput } from '../analysis/compare-shapes';
import { SUPERSEDED, type AnalysisClient } from '../worker/client';
import { geometryId } from './analysis-sync';
import type { MeetingSlice } from './meeting-slice';
import { presentableProposals } from './present-order';
import type { ProposalsSlice } from './proposals-slice';

type SyncStore = StoreApi<ProposalsSlice & MeetingSlice>;

/**
 * The proposals chosen for comparison that can be shown, as the worker takes them, in compare
 * order. Chosen, not only while the comparison is on: the printed report's comparison lists the
 * differences too.
 */
export function comparedInputs(s: ProposalsSlice & MeetingSlice): CompareInput[] {
  const shown = presentableProposals(s.proposals);
  return s.compareIds.flatMap((id) => {
    const p = shown.find((q) => q.id === id);
    return p ? [{ id: p.id, name: p.name, geometry: p.geometry }] : [];
  });
}

const keyOf = (inputs: readonly CompareInput[]) => inputs.map((p) => `${p.id}:${geometryId(p.geometry)}:${p.name}`).join('|');

export function startCompareSync(store: SyncStore, client: AnalysisClient): () => void {
  let lastKey = '';
  const update = () => {
    const s = store.getState();
    const inputs = comparedInputs(s);
    const key = inputs.length >= 2 ? keyOf(inputs) : '';
    if (key === lastKey) return;
    lastKey = key;
    if (key === '') {
      s.setDifferences(null);
      return;
    }
    // While recomputing, keep showing the last pieces if they are for the same proposals.
    const previous = s.differences?.result;
    const sameIds = previous?.ids.join('|') === inputs.map((p) => p.id).join('|');
    s.setDifferences({ key, status: 'pending', result: sameIds ? (previous ?? null) : null, error: null });
    client.compareShapes(inputs).then(
      (result) => {
        if (result === SUPERSEDED || lastKey !== key) return;
        store.getState().setDifferences({ key, status: 'ready', result, error: null });
      },
      (e: unknown) => {
        if (lastKey === key) store.getState().setDifferences({ key, status: 'error', result: null, error: e instanceof Error ? e.message : String(e) });
      },
    );
  };
  update();
  return store.subscribe(update);
}
