import type { FeatureCollection, Geometry, Position } from 'geojson';
import { classifyPosition as classify, geometryFromBng, mapGeometry, type CoordinateSystem } from '../../src/io/bng';
import { DataError, describeFeature } from './data-error';

// The projection and London's extent live in src/io/bng.ts, shared with the CLI and the app's importer.
export { BNG_PROJ4, LONDON_BOUNDS, bngPointToWgs84, geometryFromBng, type CoordinateSystem } from '../../src/io/bng';

export function forEachPosition(geometry: Geometry, visit: (position: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit);
      break;
    case 'MultiLineString':
    case 'Polygon':
      geometry.coordinates.forEach((line) => line.forEach(visit));
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
      break;
    case 'GeometryCollection':
      geometry.geometries.forEach((part) => forEachPosition(part, visit));
      break;
  }
}

/**
 * Check every position of every feature and decide the file's coordinate system. British National Grid
 * is accepted (and later reprojected); swapped lon/lat, non-numbers, mixed systems and places outside
 * Greater London are errors that name the feature.
 */
export function detectCoordinateSystem(collection: FeatureCollection, file: string, codeOf: (props: Record<string, unknown>) => unknown): CoordinateSystem {
  let system: CoordinateSystem | null = null;
  collection.features.forEach((feature, index) => {
    const label = () => describeFeature(index, codeOf(feature.properties ?? {}));
    if (!feature.geometry) throw new DataError(file, 'has no geometry', label());
    forEachPosition(feature.geometry, (position) => {
      if (!position.every((value) => typeof value === 'number' && Number.isFinite(value))) {
        throw new DataError(file, `has a coordinate that is not a finite number: [${position.join(', ')}]`, label());
      }
      const kind = classify(position);
      if (kind === 'swapped') {
        throw new DataError(
          file,
          `coordinates look like latitude/longitude swapped: [${position.join(', ')}] (GeoJSON needs [longitude, latitude]; London is near [-0.1, 51.5])`,
          label(),
        );
      }
      if (kind === 'elsewhere') {
        throw new DataError(
          file,
          `coordinate [${position.join(', ')}] is outside Greater London in both WGS84 lon/lat and British National Grid metres (wrong coordinate system, or not London data)`,
          label(),
        );
      }
      if (system && kind !== system) {
        throw new DataError(file, `mixes coordinate systems: earlier features are ${system.toUpperCase()}, this one is ${kind.toUpperCase()}`, label());
      }
      system = kind;
    });
  });
  return system ?? 'wgs84';
}

/** British National Grid metres → WGS84 lon/lat. */
export function reprojectFromBng(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map((feature) => (feature.geometry ? { ...feature, geometry: geometryFromBng(feature.geometry) } : feature)),
  };
}

/**
 * Round to `decimals` places (5 dp ≈ 1.1 m at London's latitude, well inside the sources' 20 m
 * generalisation) and drop consecutive repeats the rounding creates; rings keep at least 4 positions.
 */
export function roundGeometry<G extends Geometry>(geometry: G, decimals = 5): G {
  const factor = 10 ** decimals;
  const round = (p: Position): Position => [Math.round((p[0] ?? 0) * factor) / factor, Math.round((p[1] ?? 0) * factor) / factor];
  const ring = (positions: Position[]): Position[] => {
    const rounded = positions.map(round);
    const kept = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]?.[0] || p[1] !== rounded[i - 1]?.[1]);
    return kept.length >= 4 ? kept : rounded;
  };
  return mapGeometry(geometry, round, ring);
}
