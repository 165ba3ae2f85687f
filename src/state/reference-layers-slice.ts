import type { StateCreator } from 'zustand';
import type { Feature } from 'geojson';
import type { AreaGeometry } from '../data/schema';

/**
 * Reference layers the user loaded from files (a council's BID file, neighbourhood areas, any
 * polygons): drawn on the map in their own colour, listed with a legend, saved in IndexedDB
 * (persistence-reference.ts), and analysed against every proposal. Never in share links.
 */
export interface ReferenceLayer {
  id: string;
  /** Shown in the legend and results; the file's name without extension by default. */
  name: string;
  fileName: string;
  colour: string;
  visible: boolean;
  /** Holds Business Improvement Districts: also feeds the results' BID section. */
  isBids: boolean;
  /** WGS84 lon/lat (EPSG:4326); `name` is each feature's label, other attributes kept as text. */
  features: Feature<AreaGeometry, { name: string } & Record<string, string>>[];
  /** ms since epoch. */
  addedAt: number;
}

/** Dark, distinct from the proposal palette, drawn dashed: reference layers must not look like proposals. */
export const REFERENCE_COLOURS = ['#5B2C83', '#1B7837', '#8C2D04', '#2C5F8A', '#6B6B00', '#7F2704'] as const;

export interface ReferenceLayersSlice {
  referenceLayers: ReferenceLayer[];
  addReferenceLayer: (layer: Omit<ReferenceLayer, 'colour' | 'visible'> & { colour?: string }) => void;
  removeReferenceLayer: (id: string) => void;
  toggleReferenceLayer: (id: string) => void;
  /** Replaces all (restore from IndexedDB). */
  restoreReferenceLayers: (layers: ReferenceLayer[]) => void;
}

export const createReferenceLayersSlice: StateCreator<ReferenceLayersSlice, [], [], ReferenceLayersSlice> = (set, get) => ({
  referenceLayers: [],
  addReferenceLayer: (layer) => {
    const used = new Set(get().referenceLayers.map((l) => l.colour));
    const colour = layer.colour ?? REFERENCE_COLOURS.find((c) => !used.has(c)) ?? REFERENCE_COLOURS[get().referenceLayers.length % REFERENCE_COLOURS.length] ?? '#5B2C83';
    set((s) => ({ referenceLayers: [...s.referenceLayers, { ...layer, colour, visible: true }] }));
  },
  removeReferenceLayer: (id) => set((s) => ({ referenceLayers: s.referenceLayers.filter((l) => l.id !== id) })),
  toggleReferenceLayer: (id) => set((s) => ({ referenceLayers: s.referenceLayers.map((l) => (l.id === id ? { ...l, visible: !l.visible } : l)) })),
  restoreReferenceLayers: (layers) => set({ referenceLayers: layers }),
});
