import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { bboxOf } from './bounds';
import { fitPadding } from './camera-padding';
import { attachCompareDifferences } from './compare-differences';
import { watch, type AppStoreApi } from './store-handle';

/** Our proposal layers; their features carry the proposal id as `id` (fill, line) or `code` (labels). */
const FILTERED = [
  ['proposals-fill', 'id'],
  ['proposals-line', 'id'],
  ['proposals-label', 'code'],
] as const;

/**
 * The overlap map's layers (overlap-layer.ts; features carry their proposal as `owner`): while
 * comparing, only the compared proposals' overlaps with BIDs, parishes and reference layers; their
 * overlaps with each other are the differences' shared regions, drawn by compare-differences.ts.
 */
const OVERLAP_LAYERS = ['overlaps-fill', 'overlaps-line', 'overlaps-label'] as const;

/** Frames the compared proposals together, clear of the layer panel and toolbar floating over the map. */
function frameCompared(map: MapLibreMap, store: AppStoreApi, ids: readonly string[]): void {
  const features = store
    .getState()
    .proposals.filter((p) => ids.includes(p.id) && p.geometry)
    .map((p) => ({ type: 'Feature' as const, properties: {}, geometry: p.geometry! }));
  if (features.length === 0) return;
  map.fitBounds(bboxOf({ type: 'FeatureCollection', features }), { padding: fitPadding(map.getContainer()), maxZoom: 16, duration: 500 });
}

/**
 * While comparing, the map shows only the compared proposals (all of them, framed together) and
 * their differences (compare-differences.ts); leaving the comparison shows every proposal again.
 */
export function attachCompareView(map: MapLibreMap, store: AppStoreApi): () => void {
  const stopDifferences = attachCompareDifferences(map, store);
  const stopFiltering = watch(
    store,
    (s) => (s.comparing ? s.compareIds.join('|') : ''),
    (key) => {
      const ids = key === '' ? null : key.split('|');
      for (const [layer, prop] of FILTERED) {
        if (!map.getLayer(layer)) continue;
        const filter: FilterSpecification | null = ids ? ['in', ['get', prop], ['literal', ids]] : null;
        map.setFilter(layer, filter);
      }
      for (const layer of OVERLAP_LAYERS) {
        if (!map.getLayer(layer)) continue;
        map.setFilter(layer, ids ? ['all', ['in', ['get', 'owner'], ['literal', ids]], ['!=', ['get', 'kind'], 'proposal']] : null);
      }
      if (!ids) return;
      // After the wider compare panel has taken its space from the map.
      requestAnimationFrame(() => {
        map.resize();
        frameCompared(map, store, ids);
      });
    },
  );
  // A window resize or projector switch while comparing in the editor: frame the comparison again
  // (presentation mode frames it itself, presentation.ts).
  let resizeTimer = 0;
  const onResize = () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      const s = store.getState();
      if (s.comparing && !s.presenting) frameCompared(map, store, s.compareIds);
    }, 150);
  };
  map.on('resize', onResize);
  return () => {
    map.off('resize', onResize);
    window.clearTimeout(resizeTimer);
    stopDifferences();
    stopFiltering();
  };
}
