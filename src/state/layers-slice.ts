import type { StateCreator } from 'zustand';
import type { LayerId } from '../data/schema';

/** Which map layers the user has switched on; the map paints from this, the layer panel edits it. */
export interface LayersSlice {
  layerVisibility: Record<LayerId, boolean>;
  /** Optional online street basemap under our own layers; off by default so the app works offline. */
  basemapOn: boolean;
  setLayerVisible: (layer: LayerId, visible: boolean) => void;
  setBasemapOn: (on: boolean) => void;
}

export const DEFAULT_LAYER_VISIBILITY: Record<LayerId, boolean> = {
  boroughs: true,
  wards: true,
  lsoa: true,
  msoa: false,
  oa: false,
  london: true,
  services: true,
  bids: true,
  parishes: true,
};

export const createLayersSlice: StateCreator<LayersSlice, [], [], LayersSlice> = (set) => ({
  layerVisibility: { ...DEFAULT_LAYER_VISIBILITY },
  basemapOn: false,
  setLayerVisible: (layer, visible) =>
    set((state) => ({ layerVisibility: { ...state.layerVisibility, [layer]: visible } })),
  setBasemapOn: (on) => set({ basemapOn: on }),
});
