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
  // Built on the first lookup (a hover, a tap, a ward added), not at start: it is not needed for
  // the first view, and indexing 700 wards is ~100 ms of a throttled phone's main thread.
  let built: AreaIndex<P> | null = null;
  return { at: (lng, lat) => (built ??= indexAreas(areas)).at(lng, lat) };
}

function indexAreas<P>(areas: FeatureCollection<AreaGeometry, P>): AreaIndex<P> {
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
    // Candidates in collection order, so the answer never depends on the tree's traversal order.
    // A point strictly inside one area gets that area; a point exactly on a shared edge (inside
    // none strictly) gets the first area in collection order whose boundary holds it. The hover
    // highlight and the click both ask this, so a click picks exactly what was highlighted.
    at: (lng, lat) => {
      const candidates = index
        .search(lng, lat, lng, lat)
        .sort((a, b) => a - b)
        .map((i) => features[i])
        .filter((f): f is Feature<AreaGeometry, P> => f !== undefined);
      const point = [lng, lat];
      return (
        candidates.find((f) => booleanPointInPolygon(point, f.geometry, { ignoreBoundary: true })) ??
        candidates.find((f) => booleanPointInPolygon(point, f.geometry))
      );
    },
  };
}
