import type { StateCreator } from 'zustand';
import type { BuildLayer } from './proposals-slice';

/** One ward as the keyboard ward list shows it (names from the wards layer, ONS codes). */
export interface WardChoice {
  code: string;
  name: string;
  borough: string;
}

/** What a click on the unit under the pointer would do in build mode: the text cue beside the colour. */
export interface BuildHoverCue {
  name: string;
  action: 'add' | 'remove';
}

/**
 * Build from areas without a mouse: the map publishes the wards it can build from, and the keyboard
 * ward list asks the map to add or remove one. The map (src/map/draw/build-from-areas.ts) serves the
 * request with the same toggle a click on that ward runs; `seq` makes two requests for the same code distinct.
 */
export interface BuildSlice {
  wardChoices: readonly WardChoice[];
  buildRequest: { layer: BuildLayer; code: string; seq: number } | null;
  buildHoverCue: BuildHoverCue | null;
  setWardChoices: (choices: readonly WardChoice[]) => void;
  requestBuildToggle: (layer: BuildLayer, code: string) => void;
  setBuildHoverCue: (cue: BuildHoverCue | null) => void;
}

export const createBuildSlice: StateCreator<BuildSlice, [], [], BuildSlice> = (set, get) => ({
  wardChoices: [],
  buildRequest: null,
  buildHoverCue: null,
  setWardChoices: (wardChoices) => set({ wardChoices }),
  requestBuildToggle: (layer, code) => set({ buildRequest: { layer, code, seq: (get().buildRequest?.seq ?? 0) + 1 } }),
  setBuildHoverCue: (cue) => {
    const now = get().buildHoverCue;
    if (now?.name === cue?.name && now?.action === cue?.action) return;
    set({ buildHoverCue: cue });
  },
});
