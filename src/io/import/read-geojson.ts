/**
 * GeoJSON text → features, plus the legacy (2008) `crs` member when the file declares one: RFC 7946
 * dropped it, but GIS tools still write `urn:ogc:def:crs:EPSG::27700` for British National Grid.
 * Shared by the app's importer and the analyse CLI.
 */
import type { Feature, Geometry } from 'geojson';

export interface GeoJsonRead {
  features: Feature[];
  /** The `crs` name the file declares, or null. */
  declaredCrs: string | null;
}

/** Throws a plain Error (no file name) when the text is not usable GeoJSON. */
export function readGeoJsonText(text: string): GeoJsonRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`is not valid JSON (${(error as Error).message}); it may be cut short or damaged.`, { cause: error });
  }
  const o = json as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } } | null;
  const name = o?.crs?.properties?.name;
  const declaredCrs = typeof name === 'string' ? name : null;
  let features: Feature[];
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) features = o.features as Feature[];
  else if (o?.type === 'Feature') features = [o as unknown as Feature];
  else if (typeof o?.type === 'string' && ['Polygon', 'MultiPolygon', 'GeometryCollection', 'Point', 'LineString', 'MultiPoint', 'MultiLineString'].includes(o.type)) {
    features = [{ type: 'Feature', properties: {}, geometry: o as unknown as Geometry }];
  } else throw new Error('is JSON but not GeoJSON (no FeatureCollection, Feature or geometry).');
  return { features, declaredCrs };
}

/** What a declared `crs` name means for us: British National Grid, WGS84, or something we cannot read. */
export function crsKind(name: string | null): 'bng' | 'wgs84' | 'unknown' | null {
  if (name === null) return null;
  if (/(^|\D)27700(\D|$)/.test(name)) return 'bng';
  if (/CRS84|(^|\D)4326(\D|$)/i.test(name)) return 'wgs84';
  return 'unknown';
}
