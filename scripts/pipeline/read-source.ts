import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { valid as validGeoJson } from 'geojson-validation';
import { DataError } from './data-error';
import { parseCsvRecords } from './csv';

/** First of `names` present in `dir`, or null. */
export function findFile(dir: string, names: readonly string[]): string | null {
  for (const name of names) {
    const path = join(dir, name);
    if (existsSync(path)) return path;
  }
  return null;
}

/** Files in `dir` whose name matches `pattern`, sorted by name. */
export function filesMatching(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));
}

export function requireFile(dir: string, names: readonly string[], what: string): string {
  const path = findFile(dir, names);
  if (!path) {
    throw new DataError(
      names[0] ?? what,
      `missing: ${what} is required but no file named ${names.join(' or ')} is in ${dir}. ` +
        'Point LONDON_DATA_DIR at a folder that has it, or run `npm run fetch-data`.',
    );
  }
  return path;
}

export function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = /end of (JSON )?input|Unterminated|Expected .* after/i.test(reason);
    throw new DataError(
      basename(path),
      `not valid JSON (${reason})${truncated ? '; the file looks truncated (an incomplete download?)' : ''}`,
    );
  }
}

/** A GeoJSON FeatureCollection that passes geojson-validation; problems name the feature. */
export function readFeatureCollection(path: string): FeatureCollection {
  const file = basename(path);
  const json = readJson(path);
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'FeatureCollection') {
    throw new DataError(file, 'not a GeoJSON FeatureCollection');
  }
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features) || features.length === 0) throw new DataError(file, 'has no features');
  features.forEach((feature, index) => {
    const problems = validGeoJson(feature, true);
    if (problems.length > 0) throw new DataError(file, `invalid GeoJSON: ${problems.slice(0, 3).join('; ')}`, `feature #${index + 1}`);
  });
  return json as FeatureCollection;
}

export function readCsv(path: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(path, 'utf8'), basename(path));
}
