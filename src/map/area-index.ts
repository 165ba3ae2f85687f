import { booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection } from 'geojson';
import type { AreaGeometry } from '../data/schema';

/** "Which area is this point in?" over a polygon collection (EPSG:4326), with a bbox index. */
export interface AreaIndex<P> {
  at: (lng: number, lat: number) => Feature<AreaGeometry, P> | undefined;
}

/**
 * Point-in-area lookups on the main thread. Used for wards instead of an invisible MapLibre fill
 * layer: an invisible fill is still rasterised every frame, which a software renderer pays for.
 */
export function buildAreaIndex<P>(areas: FeatureCollection<AreaGeometry, P>): AreaIndex<P> {
  const features = areas.features;
  if (features.length === 0) return { at: () => undefined };
  const index = new Flatbush(features.length);
  for (const f of features) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons) {
      for (const [x = 0, y = 0] of polygon[0] ?? []) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  return {
    at: (lng, lat) =>
      index
        .search(lng, lat, lng, lat)
        .map((i) => features[i])
        .find((f): f is Feature<AreaGeometry, P> => f !== undefined && booleanPointInPolygon([lng, lat], f.geometry)),
  };
}
