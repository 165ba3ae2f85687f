import type { StateCreator } from 'zustand';
import type { CompareShapesResult } from '../analysis/compare-shapes';

/** Most proposals a comparison shows side by side (a projector table stays readable with four). */
export const MAX_COMPARE = 4;

/**
 * The meeting room (issue 10): presentation mode and the side-by-side comparison. Not saved: a
 * reload returns to the editor.
 */
export interface MeetingSlice {
  /** Full-screen presentation: editing chrome hidden, large caption, ← / → step through proposals. */
  presenting: boolean;
  /** Proposals chosen for comparison, in the order chosen (at most MAX_COMPARE). */
  compareIds: string[];
  /** The comparison table and map are shown (needs at least two ids). */
  comparing: boolean;
  /**
   * The differences map of the comparison (regions only in one / shared), from the worker
   * (compare-sync.ts). `key` names the proposals and shapes it was computed for; pending while a
   * newer one is on its way.
   */
  differences: Differences | null;
  setPresenting: (on: boolean) => void;
  toggleCompare: (id: string) => void;
  setComparing: (on: boolean) => void;
  setDifferences: (differences: Differences | null) => void;
}

export interface Differences {
  key: string;
  status: 'pending' | 'ready' | 'error';
  result: CompareShapesResult | null;
  error: string | null;
}

export const createMeetingSlice: StateCreator<MeetingSlice, [], [], MeetingSlice> = (set) => ({
  presenting: false,
  compareIds: [],
  comparing: false,
  differences: null,
  setDifferences: (differences) => set({ differences }),
  setPresenting: (presenting) => set({ presenting }),
  toggleCompare: (id) =>
    set((s) => {
      if (s.compareIds.includes(id)) {
        const compareIds = s.compareIds.filter((c) => c !== id);
        return { compareIds, comparing: s.comparing && compareIds.length >= 2 };
      }
      if (s.compareIds.length >= MAX_COMPARE) return {};
      return { compareIds: [...s.compareIds, id] };
    }),
  setComparing: (comparing) => set((s) => ({ comparing: comparing && s.compareIds.length >= 2 })),
});
