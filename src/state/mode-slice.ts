import type { StateCreator } from 'zustand';
import type { BuildLayer } from './proposals-slice';

export const DRAW_TOOLS = { polygon: 'Polygon', freehand: 'Freehand', rectangle: 'Rectangle' } as const;
export type DrawTool = keyof typeof DRAW_TOOLS;

/**
 * What a click on the map means right now. A tagged union so each mode carries its own data
 * (idea from a-b-street/ltn): the toolbar sets it, the map (src/map/draw) follows it.
 */
export type Mode =
  /** Pan, zoom, hover; clicking a proposal selects it. */
  | { kind: 'browse' }
  /** Drawing a new proposal with one of terra-draw's shape tools. */
  | { kind: 'draw'; tool: DrawTool }
  /** Moving the selected proposal and dragging, adding or removing its vertices. */
  | { kind: 'edit'; proposalId: string }
  /** Clicking wards (or LSOAs) adds or removes them; the proposal is their union. */
  | { kind: 'build'; layer: BuildLayer; proposalId: string | null };
export type ModeKind = Mode['kind'];

export interface ModeSlice {
  mode: Mode;
  /** Snap drawn vertices to ward/borough edges and other proposals. */
  snapping: boolean;
  setMode: (mode: Mode) => void;
  setSnapping: (on: boolean) => void;
  /** Corners placed so far of the polygon being drawn (0 when none); written by the map. */
  drawCorners: number;
  setDrawCorners: (corners: number) => void;
  /** Bumped by the Finish button; the map (src/map/draw/attach-drawing.ts) finishes the polygon being drawn. */
  finishDrawRequest: number;
  requestFinishDrawing: () => void;
}

export const createModeSlice: StateCreator<ModeSlice, [], [], ModeSlice> = (set) => ({
  mode: { kind: 'browse' },
  snapping: true,
  setMode: (mode) => set({ mode }),
  setSnapping: (snapping) => set({ snapping }),
  drawCorners: 0,
  setDrawCorners: (drawCorners) => set({ drawCorners }),
  finishDrawRequest: 0,
  requestFinishDrawing: () => set((s) => ({ finishDrawRequest: s.finishDrawRequest + 1 })),
});
