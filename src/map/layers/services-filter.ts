import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { fetchLayer, layerUrl } from '../../data/load-browser-manifest';
import type { ServiceCollection } from '../../data/schema';
import { watch, type AppStoreApi } from '../store-handle';

export interface ServiceData {
  /** Fills the services source with the kinds the user shows (called when the layer's load starts). */
  load: () => void;
  destroy: () => void;
}

/**
 * Kind filters: the services source holds only the kinds the user shows, so clusters count only
 * those (a layer filter would hide points but still count them in clusters). The full collection
 * is fetched on the main thread the first time a kind is hidden; with every kind shown the source
 * loads its URL in MapLibre's worker. Nothing is loaded until `started()` (the layer is deferred
 * until after the first view, see first-view-gate.ts); then `load` and every filter change set it.
 */
export function attachServiceFilter(map: MapLibreMap, store: AppStoreApi, started: () => boolean): ServiceData {
  let all: Promise<ServiceCollection> | null = null;
  let latest = 0;
  const load = () => {
    const source = map.getSource<GeoJSONSource>('services');
    if (!source) return;
    const hidden = store.getState().hiddenServiceKinds;
    const request = ++latest;
    if (hidden.length === 0) {
      void source.setData(layerUrl('services'));
      return;
    }
    all ??= fetchLayer<ServiceCollection>('services');
    void all.then((collection) => {
      if (request !== latest) return; // a newer choice is on its way
      const off = new Set(hidden);
      void source.setData({ ...collection, features: collection.features.filter((f) => !off.has(f.properties.type)) });
    });
  };
  const destroy = watch(store, (s) => s.hiddenServiceKinds, (_hidden, before) => {
    if (before !== undefined && started()) load();
  });
  return { load, destroy };
}
