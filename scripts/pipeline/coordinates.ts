import proj4 from 'proj4';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { DataError, describeFeature } from './data-error';

/** EPSG:27700 with the 7-parameter towgs84 transform (accurate to a few metres), as the bundle used. */
export const BNG_PROJ4 =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';
const bngToWgs84 = proj4(BNG_PROJ4, 'EPSG:4326');

/** Greater London with a margin (EPSG:4326): anything outside is misplaced data, not London. */
export const LONDON_BOUNDS = { west: -0.6, east: 0.4, south: 51.2, north: 51.75 } as const;
/** Greater London in British National Grid metres, with a margin. */
const LONDON_BNG_BOUNDS = { west: 495_000, east: 575_000, south: 145_000, north: 210_000 } as const;

export type CoordinateSystem = 'wgs84' | 'bng';

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

/** Rebuild a geometry position by position, or line by line where `line` is given (rings, line strings). */
function mapGeometry<G extends Geometry>(geometry: G, map: (position: Position) => Position, line = (positions: Position[]) => positions.map(map)): G {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: map(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: line(geometry.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(line) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(line)) };
    default:
      return geometry;
  }
}

const within = (value: number, low: number, high: number) => value >= low && value <= high;

/** Which system one position is in, judged against London's extent in each. */
function classify([x, y]: Position): CoordinateSystem | 'swapped' | 'elsewhere' {
  if (x === undefined || y === undefined) return 'elsewhere';
  const b = LONDON_BOUNDS;
  if (within(x, b.west, b.east) && within(y, b.south, b.north)) return 'wgs84';
  if (within(y, b.west, b.east) && within(x, b.south, b.north)) return 'swapped';
  const g = LONDON_BNG_BOUNDS;
  if (within(x, g.west, g.east) && within(y, g.south, g.north)) return 'bng';
  return 'elsewhere';
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

/** One geometry from British National Grid metres to WGS84 lon/lat. */
export function geometryFromBng<G extends Geometry>(geometry: G): G {
  return mapGeometry(geometry, (p) => bngToWgs84.forward([p[0] ?? 0, p[1] ?? 0]));
}

/** British National Grid metres → WGS84 lon/lat. */
export function reprojectFromBng(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map((feature) => (feature.geometry ? { ...feature, geometry: geometryFromBng(feature.geometry) } : feature)),
  };
}

export function bngPointToWgs84(easting: number, northing: number): [number, number] {
  const [lng, lat] = bngToWgs84.forward([easting, northing]);
  return [lng ?? NaN, lat ?? NaN];
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
