import type { StateCreator } from 'zustand';
import type { OverlapShapesResult } from '../analysis/overlap-shapes';

/**
 * The overlap map (issue 10.2): the pieces where each proposal overlaps a BID, a parish, a
 * reference-layer feature or another proposal, as the worker cut them (overlap-sync.ts keeps them
 * in step with the results), and whether the map shows them. Not saved: recomputed from proposals.
 */
export interface OverlapSlice {
  /** Keyed by proposal id; an entry answers the proposal's shape as of its latest analysis. */
  overlapShapes: Record<string, OverlapShapesResult>;
  /** The overlap layer is on (layer panel checkbox, presentation number key). */
  overlapsShown: boolean;
  setOverlapShapes: (id: string, result: OverlapShapesResult) => void;
  dropOverlapShapes: (ids: readonly string[]) => void;
  /** Replaces every entry at once (overlap-sync.ts, removing pieces a reshape made stale). */
  replaceOverlapShapes: (next: Record<string, OverlapShapesResult>) => void;
  setOverlapsShown: (on: boolean) => void;
}

export const createOverlapSlice: StateCreator<OverlapSlice, [], [], OverlapSlice> = (set) => ({
  overlapShapes: {},
  overlapsShown: true,
  setOverlapShapes: (id, result) => set((s) => ({ overlapShapes: { ...s.overlapShapes, [id]: result } })),
  dropOverlapShapes: (ids) =>
    set((s) => {
      if (!ids.some((id) => id in s.overlapShapes)) return {};
      const overlapShapes = { ...s.overlapShapes };
      for (const id of ids) delete overlapShapes[id];
      return { overlapShapes };
    }),
  replaceOverlapShapes: (overlapShapes) => set({ overlapShapes }),
  setOverlapsShown: (overlapsShown) => set({ overlapsShown }),
});
