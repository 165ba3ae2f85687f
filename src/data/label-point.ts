import polylabel from 'polylabel';
import type { Polygon, Position } from 'geojson';
import type { AreaGeometry } from './schema';

/** Signed-area-free size measure of a ring in degrees², enough to pick the biggest part of a MultiPolygon. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (a && b) sum += ((b[0] ?? 0) - (a[0] ?? 0)) * ((b[1] ?? 0) + (a[1] ?? 0));
  }
  return Math.abs(sum / 2);
}

function largestPolygon(geometry: AreaGeometry): Polygon['coordinates'] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  let best: Polygon['coordinates'] = [];
  let bestArea = -1;
  for (const part of geometry.coordinates) {
    const area = part[0] ? ringArea(part[0]) : 0;
    if (area > bestArea) [best, bestArea] = [part, area];
  }
  return best;
}

/**
 * Where an area's name goes on the map: the pole of inaccessibility of its largest part (EPSG:4326
 * lon/lat), well inside it. The pipeline stores it with each borough and ward (`labelAt`), so the
 * app does not run polylabel for them on a phone's main thread.
 */
export function labelPoint(geometry: AreaGeometry): [number, number] {
  // ~1e-4° ≈ 7-11 m at London's latitude: plenty for a label.
  const [lng = 0, lat = 0] = polylabel(largestPolygon(geometry), 1e-4);
  return [lng, lat];
}
