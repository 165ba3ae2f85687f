import type { FeatureCollection, Position } from 'geojson';
import type { AreaGeometry } from '../data/schema';

/** [west, south, east, north] in EPSG:4326 degrees. */
export type Bounds = [number, number, number, number];

/** Greater London's extent, used until london.geojson arrives (then replaced by its exact bbox). */
export const LONDON_APPROX_BOUNDS: Bounds = [-0.5104, 51.2868, 0.334, 51.6919];

/** Bounding box of every vertex of every area (EPSG:4326). */
export function bboxOf(collection: FeatureCollection<AreaGeometry>): Bounds {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (p: Position) => {
    const [x = NaN, y = NaN] = p;
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  };
  for (const f of collection.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) ring.forEach(visit);
  }
  return box.every(Number.isFinite) ? box : LONDON_APPROX_BOUNDS;
}
