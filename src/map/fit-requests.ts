import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AreaGeometry } from '../data/schema';
import { bboxOf } from './bounds';
import { fitPadding } from './camera-padding';
import { watch, type AppStoreApi } from './store-handle';
import { markOnce } from '../perf/marks';

/** Frames `geometries` clear of the panels over the map (the same camera every time for the same shapes and panels). */
export function fitProposals(map: MapLibreMap, geometries: readonly AreaGeometry[], duration: number): void {
  const bounds = bboxOf({ type: 'FeatureCollection', features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })) });
  map.fitBounds(bounds, { padding: fitPadding(map.getContainer()), maxZoom: 15, duration });
}

/**
 * Fits the map to the proposals in the store's `fitRequest` (e.g. a share link's), padded clear of
 * the panels over the map. A request made before the map was ready is served as soon as this is
 * attached, without animation.
 */
export function followFitRequests(map: MapLibreMap, store: AppStoreApi): () => void {
  return watch(store, (s) => s.fitRequest, (request, before) => {
    if (!request) return;
    const geometries = store
      .getState()
      .proposals.filter((p) => request.ids.includes(p.id) && !p.hidden && p.geometry)
      .map((p) => p.geometry as AreaGeometry);
    if (geometries.length === 0) return;
    fitProposals(map, geometries, before === undefined ? 0 : 400);
    markOnce('proposal-fitted');
  });
}
