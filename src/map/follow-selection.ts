import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AreaGeometry } from '../data/schema';
import { bboxOf } from './bounds';
import { fitPadding, uncoveredBox } from './camera-padding';
import { watch, type AppStoreApi } from './store-handle';

/** Brings a shape (EPSG:4326) into the part of the map no panel covers; leaves the camera alone if it is already there. */
export function bringIntoView(map: MapLibreMap, geometry: AreaGeometry, duration: number): void {
  const [west, south, east, north] = bboxOf({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] });
  const box = uncoveredBox(map.getContainer());
  const nw = map.project([west, north]);
  const se = map.project([east, south]);
  if (nw.x >= box.left && nw.y >= box.top && se.x <= box.right && se.y <= box.bottom) return;
  map.fitBounds([west, south, east, north], { padding: fitPadding(map.getContainer()), maxZoom: 15, duration });
}

/**
 * When a proposal is selected (from the list, a share link, a restore) and it is not wholly in the
 * uncovered part of the map, bring it there. A proposal picked on the map is usually already in
 * view, so the camera stays put. A proposal selected before the map was ready (restored work, a
 * share link) is brought into view at once.
 */
export function followSelection(map: MapLibreMap, store: AppStoreApi): () => void {
  return watch(store, (s) => s.selectedId, (id, before) => {
    if (!id) return;
    const proposal = store.getState().proposals.find((p) => p.id === id);
    if (!proposal?.geometry || proposal.hidden) return;
    bringIntoView(map, proposal.geometry, before === undefined ? 0 : 400);
  });
}
