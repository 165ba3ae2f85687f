import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { fetchLayer, layerUrl } from '../../data/load-browser-manifest';
import type { ServiceCollection } from '../../data/schema';
import { watch, type AppStoreApi } from '../store-handle';

/**
 * Kind filters: the services source holds only the kinds the user shows, so clusters count only
 * those (a layer filter would hide points but still count them in clusters). The full collection
 * is fetched on the main thread the first time a kind is hidden; with every kind shown the source
 * goes back to loading its URL in MapLibre's worker.
 */
export function attachServiceFilter(map: MapLibreMap, store: AppStoreApi): () => void {
  let all: Promise<ServiceCollection> | null = null;
  let latest = 0;
  return watch(store, (s) => s.hiddenServiceKinds, (hidden, before) => {
    const source = map.getSource<GeoJSONSource>('services');
    if (!source || (before === undefined && hidden.length === 0)) return;
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
  });
}
