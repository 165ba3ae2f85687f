/**
 * A polygon layer prepared for overlap queries: each feature's flat shape, GeoJSON coordinates
 * and equal-area m² (see geometry/area.ts), plus a flatbush index of the feature bboxes.
 * Coordinates EPSG:4326.
 */
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { prepareUnitPolygon, type UnitPolygon } from './geometry/intersection-area';

export interface PolygonLayer<P> {
  props: P[];
  polygons: UnitPolygon[];
  /** null when the layer has no features (flatbush needs at least one item). */
  index: Flatbush | null;
}

export function preparePolygonLayer<P>(features: readonly Feature<Polygon | MultiPolygon, P>[]): PolygonLayer<P> {
  const props = features.map((f) => f.properties);
  const polygons = features.map((f) => prepareUnitPolygon(f.geometry));
  if (polygons.length === 0) return { props, polygons, index: null };
  const index = new Flatbush(polygons.length);
  for (const p of polygons) {
    const [minX, minY, maxX, maxY] = p.shape.bbox;
    // An empty geometry gets a degenerate box far away rather than NaN, so indexes stay aligned.
    if (Number.isFinite(minX)) index.add(minX, minY, maxX, maxY);
    else index.add(1e9, 1e9, 1e9, 1e9);
  }
  index.finish();
  return { props, polygons, index };
}
