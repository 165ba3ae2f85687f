import type { StateCreator } from 'zustand';
import type { LayerId, ServiceType } from '../data/schema';
import { readHiddenServiceKinds, writeHiddenServiceKinds } from './service-kinds-saved';

/** Which map layers the user has switched on; the map paints from this, the layer panel edits it. */
export interface LayersSlice {
  layerVisibility: Record<LayerId, boolean>;
  /** Optional online street basemap under our own layers; off by default so the app works offline. */
  basemapOn: boolean;
  setLayerVisible: (layer: LayerId, visible: boolean) => void;
  setBasemapOn: (on: boolean) => void;
  /** Service kinds the user has switched off on the map (kind filters in the layer panel; saved). */
  hiddenServiceKinds: ServiceType[];
  setServiceKindShown: (kind: ServiceType, shown: boolean) => void;
}

export const DEFAULT_LAYER_VISIBILITY: Record<LayerId, boolean> = {
  boroughs: true,
  wards: true,
  // The 2013 wards are for comparison only: off until the user asks for them.
  wards2013: false,
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
  hiddenServiceKinds: readHiddenServiceKinds(),
  setServiceKindShown: (kind, shown) =>
    set((state) => {
      const rest = state.hiddenServiceKinds.filter((k) => k !== kind);
      const hiddenServiceKinds = shown ? rest : [...rest, kind];
      writeHiddenServiceKinds(hiddenServiceKinds);
      return { hiddenServiceKinds };
    }),
});
