import type { Map as MapLibreMap } from 'maplibre-gl';
import { bboxOf, fitPadding } from './bounds';
import { watch, type AppStoreApi } from './store-handle';

/**
 * When a proposal is selected (from the list, a share link, a restore) and it is not wholly in view,
 * bring it into view. A proposal picked on the map is already in view, so the camera stays put.
 */
export function followSelection(map: MapLibreMap, store: AppStoreApi): () => void {
  return watch(store, (s) => s.selectedId, (id, before) => {
    if (before === undefined || !id) return;
    const proposal = store.getState().proposals.find((p) => p.id === id);
    if (!proposal?.geometry || proposal.hidden) return;
    const [west, south, east, north] = bboxOf({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: proposal.geometry }],
    });
    const view = map.getBounds();
    if (view.contains([west, south]) && view.contains([east, north])) return;
    map.fitBounds([west, south, east, north], { padding: fitPadding(map.getContainer()), maxZoom: 15, duration: 400 });
  });
}
