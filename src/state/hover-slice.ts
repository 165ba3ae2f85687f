import type { StateCreator } from 'zustand';
import type { ServiceType } from '../data/schema';

/** One area under the pointer, as the hover card shows it. Population: Census 2021 usual residents. */
export interface HoveredArea {
  name: string;
  code: string;
  population: number | null;
  /** Usual residents per hectare (LSOAs only). */
  density?: number;
}

/** What the pointer is over on the map, from the most general area down to a single service. */
export interface HoverInfo {
  /** Pointer position in map-container pixels, to place the card. */
  x: number;
  y: number;
  borough?: HoveredArea;
  ward?: HoveredArea;
  lsoa?: HoveredArea;
  service?: { name: string | null; type: ServiceType };
  bid?: { name: string };
  parish?: { name: string };
}

/** Written by the map (src/map/hover.ts) as the pointer moves; read by the hover card. */
export interface HoverSlice {
  hover: HoverInfo | null;
  setHover: (hover: HoverInfo | null) => void;
}

export const createHoverSlice: StateCreator<HoverSlice, [], [], HoverSlice> = (set) => ({
  hover: null,
  setHover: (hover) => set({ hover }),
});
