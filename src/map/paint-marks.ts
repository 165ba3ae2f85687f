import type { Map as MapLibreMap } from 'maplibre-gl';
import { MARK_PREFIX, markOnce, type Milestone } from '../perf/marks';
import { canvasHeld } from './canvas-hold';

const resolvers = new Map<Milestone, () => void>();
const readiness = new Map<Milestone, Promise<void>>();
/** Milestones loaded while the canvas was held, to be marked once the reveal has shown them. */
const readyWhileHeld = new Set<Milestone>();

/**
 * Resolves once `milestone`'s source is ready to be seen: drawn, when the canvas is shown; loaded
 * (tiles in, not yet drawn), while it is held, since the reveal is what draws it then.
 */
export function whenReadyToShow(milestone: Milestone): Promise<void> {
  let promise = readiness.get(milestone);
  if (!promise) {
    promise = new Promise<void>((resolve) => resolvers.set(milestone, resolve));
    readiness.set(milestone, promise);
  }
  return promise;
}

/**
 * Marks `milestone` at the first frame drawn, and shown, once `sourceId` has finished loading (its
 * GeoJSON parsed and tiled in MapLibre's worker), i.e. when what it holds is really on screen. Call
 * after the source has been given the data that matters; does nothing once the milestone is marked.
 *
 * While the canvas is held (first-frame.ts), the milestone is ready as soon as the tiles are in, and
 * is marked when the reveal has shown them (`markShown`). Why not wait for a held frame to draw them:
 * a software renderer spends ~0.3 s of one-time work on the first frame that draws new tiles, and
 * the reveal then draws them all again at full resolution. Revealing before that frame pays it once
 * (paired A/B, 8 runs on the throttled phone: first view 3,088 -> 2,895 ms).
 */
export function markWhenPainted(map: MapLibreMap, sourceId: string, milestone: Milestone): void {
  if (performance.getEntriesByName(MARK_PREFIX + milestone, 'mark').length > 0) return;
  void whenReadyToShow(milestone);
  const ready = () => resolvers.get(milestone)?.();
  const loaded = () => Boolean(map.getSource(sourceId)) && map.isSourceLoaded(sourceId);
  const onRender = () => {
    if (!loaded()) return;
    map.off('render', onRender);
    ready();
    markOnce(milestone);
  };
  const markOnRender = () => {
    map.on('render', onRender);
    map.triggerRepaint();
  };
  const onData = () => {
    // Shown meanwhile (the hold timed out): marked by the frame that draws it, as usual.
    if (!canvasHeld(map)) {
      map.off('sourcedata', onData);
      markOnRender();
      return;
    }
    if (!loaded()) return;
    map.off('sourcedata', onData);
    readyWhileHeld.add(milestone);
    ready();
  };
  if (!canvasHeld(map)) return markOnRender();
  map.on('sourcedata', onData);
  onData();
}

/** Marks what was ready while the canvas was held: call once the shown canvas has reached the screen. */
export function markShown(): void {
  readyWhileHeld.forEach(markOnce);
  readyWhileHeld.clear();
}
