import type { StateCreator } from 'zustand';

/** A request to fit the map to some proposals; `seq` makes a repeated request for the same ids a new one. */
export interface FitRequest {
  ids: readonly string[];
  seq: number;
}

/**
 * Camera requests from outside the map (opening a share link fits its proposals to the screen).
 * The map (src/map/fit-requests.ts) follows `fitRequest`, padding for the panels over it.
 */
export interface CameraSlice {
  fitRequest: FitRequest | null;
  requestFit: (ids: readonly string[]) => void;
}

export const createCameraSlice: StateCreator<CameraSlice, [], [], CameraSlice> = (set) => ({
  fitRequest: null,
  requestFit: (ids) => set((s) => ({ fitRequest: ids.length === 0 ? s.fitRequest : { ids: [...ids], seq: (s.fitRequest?.seq ?? 0) + 1 } })),
});
