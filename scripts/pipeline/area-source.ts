import { basename } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { AreaGeometry } from '../../src/data/schema';
import { DataError, describeFeature } from './data-error';
import { detectCoordinateSystem, reprojectFromBng, roundGeometry, type CoordinateSystem } from './coordinates';
import { readFeatureCollection } from './read-source';

type Props = Record<string, unknown>;

/** An area layer read from a source file: polygons in WGS84, each with a unique, well-formed code. */
export interface AreaSource {
  file: string;
  features: Feature<AreaGeometry, Props>[];
  /** The code of each feature, in feature order. */
  codes: string[];
  /** Property names found for the code (and name), e.g. WD13CD / WD13NM. */
  codeField: string;
  system: CoordinateSystem;
}

/** The first property name matching `pattern` in the file's first feature, e.g. /^LAD\d\dCD$/ → LAD22CD. */
export function findField(collection: FeatureCollection, pattern: RegExp, file: string, what: string): string {
  const names = Object.keys(collection.features[0]?.properties ?? {});
  const field = names.find((name) => pattern.test(name));
  if (!field) throw new DataError(file, `has no ${what} property (looked for ${pattern}; found ${names.join(', ') || 'none'})`);
  return field;
}

export function stringProp(props: Props, field: string, file: string, label: string): string {
  const value = props[field];
  if (typeof value !== 'string' || value.trim() === '') throw new DataError(file, `"${field}" is missing or empty`, label);
  return value.trim();
}

export function readAreaSource(path: string, options: { codeField: RegExp; codePattern: RegExp; what: string }): AreaSource {
  const file = basename(path);
  let collection = readFeatureCollection(path);
  const codeField = findField(collection, options.codeField, file, `${options.what} code`);
  const system = detectCoordinateSystem(collection, file, (props) => props[codeField]);
  if (system === 'bng') {
    console.log(`  ${file}: coordinates are British National Grid (EPSG:27700); reprojected to WGS84 lon/lat`);
    collection = reprojectFromBng(collection);
  }
  const seen = new Map<string, number>();
  const features = collection.features.map((feature, index) => {
    const props = (feature.properties ?? {}) as Props;
    const label = describeFeature(index, props[codeField]);
    // Codes are text (E09000001), but some official files number their features (the GLA's OBJECTID).
    const rawCode = props[codeField];
    const code = typeof rawCode === 'number' && Number.isFinite(rawCode) ? String(rawCode) : stringProp(props, codeField, file, label);
    if (!options.codePattern.test(code)) {
      throw new DataError(file, `${options.what} code "${code}" does not look like ${options.codePattern}`, label);
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) throw new DataError(file, `duplicate ${options.what} code ${code} (also feature #${earlier + 1})`, label);
    seen.set(code, index);
    const geometry = feature.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
      throw new DataError(file, `geometry must be Polygon or MultiPolygon, found ${geometry?.type ?? 'none'}`, label);
    }
    return { type: 'Feature' as const, properties: props, geometry: roundGeometry(geometry) };
  });
  return { file, features, codes: [...seen.keys()], codeField, system };
}
