import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { bboxOf } from './bounds';
import { watch, type AppStoreApi } from './store-handle';

/** Our proposal layers; their features carry the proposal id as `id` (fill, line) or `code` (labels). */
const FILTERED = [
  ['proposals-fill', 'id'],
  ['proposals-line', 'id'],
  ['proposals-label', 'code'],
] as const;

/**
 * While comparing, the map shows only the compared proposals (all of them, framed together);
 * leaving the comparison shows every proposal again.
 */
export function attachCompareView(map: MapLibreMap, store: AppStoreApi): () => void {
  return watch(
    store,
    (s) => (s.comparing ? s.compareIds.join('|') : ''),
    (key) => {
      const ids = key === '' ? null : key.split('|');
      for (const [layer, prop] of FILTERED) {
        if (!map.getLayer(layer)) continue;
        const filter: FilterSpecification | null = ids ? ['in', ['get', prop], ['literal', ids]] : null;
        map.setFilter(layer, filter);
      }
      if (!ids) return;
      const features = store
        .getState()
        .proposals.filter((p) => ids.includes(p.id) && p.geometry)
        .map((p) => ({ type: 'Feature' as const, properties: {}, geometry: p.geometry! }));
      if (features.length === 0) return;
      // After the wider compare panel has taken its space from the map.
      requestAnimationFrame(() => {
        map.resize();
        map.fitBounds(bboxOf({ type: 'FeatureCollection', features }), { padding: 48, maxZoom: 16, duration: 500 });
      });
    },
  );
}
