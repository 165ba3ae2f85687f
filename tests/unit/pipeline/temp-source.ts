import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveSourceDir } from '../../../scripts/pipeline/source-folder';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** The real source folder the pipeline reads (LONDON_DATA_DIR or ../shared/data/london). */
export const SOURCE_DIR = resolveSourceDir(ROOT);
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pipeline');

if (!existsSync(join(SOURCE_DIR, 'boroughs.geojson'))) {
  throw new Error(`Pipeline tests read the real data bundle, but ${SOURCE_DIR} has no boroughs.geojson: set LONDON_DATA_DIR.`);
}

export function readSourceJson<T = { features: { properties: Record<string, unknown>; geometry: { coordinates: unknown } }[] }>(name: string): T {
  return JSON.parse(readFileSync(join(SOURCE_DIR, name), 'utf8')) as T;
}

/** A temporary source folder: the named bundle files linked in, plus files written by the test. */
export function tempSource(linked: readonly string[], written: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ldm-source-'));
  for (const name of linked) symlinkSync(join(SOURCE_DIR, name), join(dir, name));
  for (const [name, text] of Object.entries(written)) writeFileSync(join(dir, name), text);
  return dir;
}
