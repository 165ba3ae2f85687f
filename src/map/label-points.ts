import polylabel from 'polylabel';
import type { Feature, FeatureCollection, Point, Polygon, Position } from 'geojson';
import type { AreaGeometry } from '../data/schema';

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
 * One label point per area, at the pole of inaccessibility of its largest part (EPSG:4326 lon/lat).
 * A symbol layer on the polygons themselves would label each polygon once per tile it touches;
 * points label each area exactly once, well inside it.
 */
export function labelPoints<P extends { name: string; code: string }>(
  areas: FeatureCollection<AreaGeometry, P>,
): FeatureCollection<Point, { name: string; code: string }> {
  const features = areas.features.map((f): Feature<Point, { name: string; code: string }> => {
    // ~1e-4° ≈ 7-11 m at London's latitude: plenty for a label.
    const [lng, lat] = polylabel(largestPolygon(f.geometry), 1e-4);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: { name: f.properties.name, code: f.properties.code },
    };
  });
  return { type: 'FeatureCollection', features };
}
