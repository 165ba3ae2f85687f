import type { Map as MapLibreMap } from 'maplibre-gl';
import { MARK_PREFIX, markOnce, type Milestone } from '../perf/marks';

/**
 * Marks `milestone` at the first frame drawn once `sourceId` has finished loading (its GeoJSON parsed
 * and tiled in MapLibre's worker), i.e. when what it holds is really on screen. Call after the source
 * has been given the data that matters; does nothing once the milestone is marked.
 */
export function markWhenPainted(map: MapLibreMap, sourceId: string, milestone: Milestone): void {
  if (performance.getEntriesByName(MARK_PREFIX + milestone, 'mark').length > 0) return;
  const onRender = () => {
    if (!map.getSource(sourceId) || !map.isSourceLoaded(sourceId)) return;
    map.off('render', onRender);
    markOnce(milestone);
  };
  map.on('render', onRender);
  map.triggerRepaint();
}
