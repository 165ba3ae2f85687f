/**
 * British National Grid (EPSG:27700) ↔ WGS84 lon/lat (EPSG:4326) with proj4, and the test of which
 * system a position is in, judged against Greater London's extent in each. Shared by the data
 * pipeline, the analyse CLI and the in-browser importer so all three place a file the same way.
 */
import proj4 from 'proj4';
import type { Geometry, Position } from 'geojson';

/** EPSG:27700 with the 7-parameter towgs84 transform (accurate to a few metres), as the bundle used. */
export const BNG_PROJ4 =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';
const bngToWgs84 = proj4(BNG_PROJ4, 'EPSG:4326');

/** Greater London with a margin (EPSG:4326): anything outside is misplaced data, not London. */
export const LONDON_BOUNDS = { west: -0.6, east: 0.4, south: 51.2, north: 51.75 } as const;
/** Greater London in British National Grid metres, with a margin. */
export const LONDON_BNG_BOUNDS = { west: 495_000, east: 575_000, south: 145_000, north: 210_000 } as const;

export type CoordinateSystem = 'wgs84' | 'bng';
export type PositionClass = CoordinateSystem | 'swapped' | 'elsewhere';

const within = (value: number, low: number, high: number) => value >= low && value <= high;

/** Which system one position is in, judged against London's extent in each. */
export function classifyPosition([x, y]: Position): PositionClass {
  if (typeof x !== 'number' || typeof y !== 'number') return 'elsewhere';
  const b = LONDON_BOUNDS;
  if (within(x, b.west, b.east) && within(y, b.south, b.north)) return 'wgs84';
  if (within(y, b.west, b.east) && within(x, b.south, b.north)) return 'swapped';
  const g = LONDON_BNG_BOUNDS;
  if (within(x, g.west, g.east) && within(y, g.south, g.north)) return 'bng';
  return 'elsewhere';
}

/** Rebuild a geometry position by position, or line by line where `line` is given (rings, line strings). */
export function mapGeometry<G extends Geometry>(geometry: G, map: (position: Position) => Position, line = (positions: Position[]) => positions.map(map)): G {
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

/** One geometry from British National Grid metres to WGS84 lon/lat. */
export function geometryFromBng<G extends Geometry>(geometry: G): G {
  return mapGeometry(geometry, (p) => bngToWgs84.forward([p[0] ?? 0, p[1] ?? 0]));
}

/** One geometry from WGS84 lon/lat to British National Grid metres (fixtures, BNG exports). */
export function geometryToBng<G extends Geometry>(geometry: G): G {
  return mapGeometry(geometry, (p) => bngToWgs84.inverse([p[0] ?? 0, p[1] ?? 0]));
}

export function bngPointToWgs84(easting: number, northing: number): [number, number] {
  const [lng, lat] = bngToWgs84.forward([easting, northing]);
  return [lng ?? NaN, lat ?? NaN];
}
