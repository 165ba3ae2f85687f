/**
 * Keeps the overlap map's pieces (overlap-slice.ts) in step with the results: when a proposal's
 * analysis lands, the worker cuts its overlap shapes. The selected proposal (every proposal while
 * presenting) goes first and others wait longer, and each new result restarts its wait, so a
 * vertex drag, which lands a result per frame, never queues a clip per frame in the worker: the
 * shapes follow once the drag pauses, and the drag's own analyses keep the worker to themselves.
 * Meanwhile the pieces a reshape made stale are removed at once (overlap-stale.ts): the map shows no
 * overlap rather than the old one, and a cut that lands for a shape since changed is not kept.
 */
import type { StoreApi } from 'zustand';
import { SUPERSEDED, type AnalysisClient } from '../worker/client';
import { isAnalysable, toInput } from './analysis-sync';
import type { MeetingSlice } from './meeting-slice';
import type { OverlapSlice } from './overlap-slice';
import { withoutStale, type CutFrom } from './overlap-stale';
import type { ProposalsSlice } from './proposals-slice';
import type { ResultsSlice } from './results-slice';

/** Wait (ms) after the selected proposal's (or, presenting, any proposal's) latest result before cutting its shapes. */
export const SELECTED_OVERLAP_DELAY_MS = 150;
/** Wait (ms) for the other proposals: after the selected one, and out of a drag's way. */
export const OTHER_OVERLAP_DELAY_MS = 700;

type OverlapStore = StoreApi<ProposalsSlice & ResultsSlice & OverlapSlice & Pick<MeetingSlice, 'presenting'>>;

export function startOverlapSync(store: OverlapStore, client: AnalysisClient): () => void {
  const st = () => store.getState();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The geometries each stored entry was cut from. */
  const cutFrom = new Map<string, CutFrom>();
  const geometryOf = (id: string): object | undefined => st().proposals.find((p) => p.id === id && isAnalysable(p))?.geometry ?? undefined;
  const prune = (): void => {
    const next = withoutStale(st().overlapShapes, cutFrom, geometryOf);
    if (next) st().replaceOverlapShapes(next);
  };

  const request = (id: string): void => {
    timers.delete(id);
    const s = st();
    const all = s.proposals.filter(isAnalysable);
    const p = all.find((q) => q.id === id);
    if (!p) return;
    const others = all.filter((o) => o.id !== id);
    const from: CutFrom = { own: p.geometry, others: new Map(others.map((o) => [o.id, o.geometry])) };
    client.overlapShapes(toInput(p), { otherProposals: others.map(toInput) }).then(
      (result) => {
        // A proposal deleted, hidden or reshaped meanwhile keeps no pieces (its new result cuts again).
        if (result === SUPERSEDED || !(id in st().results) || geometryOf(id) !== from.own) return;
        cutFrom.set(id, from);
        st().setOverlapShapes(id, result);
        prune(); // another proposal reshaped while this one was being cut
      },
      () => undefined, // the engine failed to load: setEngine('error') already tells the user
    );
  };

  const schedule = (id: string): void => {
    clearTimeout(timers.get(id));
    const s = st();
    const first = s.presenting || s.selectedId === id;
    timers.set(id, setTimeout(() => request(id), first ? SELECTED_OVERLAP_DELAY_MS : OTHER_OVERLAP_DELAY_MS));
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.proposals !== prev.proposals) prune();
    if (s.results === prev.results) return;
    for (const [id, entry] of Object.entries(s.results)) {
      if (entry.result && entry.result !== prev.results[id]?.result) schedule(id);
    }
    const gone = Object.keys(s.overlapShapes).filter((id) => !(id in s.results));
    for (const id of Object.keys(prev.results)) {
      if (!(id in s.results)) {
        clearTimeout(timers.get(id));
        timers.delete(id);
      }
    }
    if (gone.length > 0) st().dropOverlapShapes(gone);
  });
  for (const [id, entry] of Object.entries(st().results)) if (entry.result) schedule(id);
  return () => {
    unsubscribe();
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  };
}
