import type { Map as MapLibreMap } from 'maplibre-gl';
import { MARK_PREFIX, markOnce, type Milestone } from '../perf/marks';
import { canvasHeld } from './canvas-hold';

const resolvers = new Map<Milestone, () => void>();
const rendered = new Map<Milestone, Promise<void>>();
/** Milestones drawn into a held canvas, to be marked when it is shown. */
const drawnWhileHeld = new Set<Milestone>();

/** Resolves once `milestone`'s source has been drawn, even into a canvas still held back. */
export function whenRendered(milestone: Milestone): Promise<void> {
  let promise = rendered.get(milestone);
  if (!promise) {
    promise = new Promise<void>((resolve) => resolvers.set(milestone, resolve));
    rendered.set(milestone, promise);
  }
  return promise;
}

/**
 * Marks `milestone` at the first frame drawn, and shown, once `sourceId` has finished loading (its
 * GeoJSON parsed and tiled in MapLibre's worker), i.e. when what it holds is really on screen. A frame
 * drawn into a held canvas is marked when the canvas is shown (`markShown`). Call after the source
 * has been given the data that matters; does nothing once the milestone is marked.
 */
export function markWhenPainted(map: MapLibreMap, sourceId: string, milestone: Milestone): void {
  if (performance.getEntriesByName(MARK_PREFIX + milestone, 'mark').length > 0) return;
  void whenRendered(milestone);
  const onRender = () => {
    if (!map.getSource(sourceId) || !map.isSourceLoaded(sourceId)) return;
    map.off('render', onRender);
    resolvers.get(milestone)?.();
    if (canvasHeld(map)) drawnWhileHeld.add(milestone);
    else markOnce(milestone);
  };
  map.on('render', onRender);
  map.triggerRepaint();
}

/** Marks what was drawn while the canvas was held: call once the shown canvas has reached the screen. */
export function markShown(): void {
  drawnWhileHeld.forEach(markOnce);
  drawnWhileHeld.clear();
}
