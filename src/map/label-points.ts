import type { Feature, FeatureCollection, Point } from 'geojson';
import { labelPoint } from '../data/label-point';
import type { AreaGeometry } from '../data/schema';

/**
 * One label point per area (see `labelPoint`): the pipeline's `labelAt` where the data has it
 * (boroughs, wards), else computed here (proposals). A symbol layer on the polygons themselves would
 * label each polygon once per tile it touches; points label each area exactly once, well inside it.
 */
export function labelPoints<P extends { name: string; code: string; labelAt?: [number, number] }>(
  areas: FeatureCollection<AreaGeometry, P>,
): FeatureCollection<Point, { name: string; code: string }> {
  const features = areas.features.map(
    (f): Feature<Point, { name: string; code: string }> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: f.properties.labelAt ?? labelPoint(f.geometry) },
      properties: { name: f.properties.name, code: f.properties.code },
    }),
  );
  return { type: 'FeatureCollection', features };
}
