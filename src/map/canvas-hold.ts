import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A map's canvas can be held back (CSS `visibility: hidden`; the map area shows the map's background
 * colour) until its first view is complete: see first-frame.ts for why. The mark is on the canvas,
 * not the container: a container can outlive its map (React StrictMode mounts twice in development),
 * and one map's reveal must not show the next one's canvas.
 */
export const HELD_CLASS = 'map-canvas--held';

export function canvasHeld(map: MapLibreMap): boolean {
  return map.getCanvas().classList.contains(HELD_CLASS);
}
