/**
 * `X.meta.json` sidecars: a source file's own statement of provenance (title, source, licence,
 * attribution, vintage, complete, coverage), as the bundle's SOURCES.md defines them. Read beside
 * any source file, validated field by field, and checked against the file where the sidecar states
 * something checkable (a feature count).
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Provenance } from '../../src/data/schema';
import { DataError } from './data-error';
import type { LayerCredit } from './credits';
import { readJson } from './read-source';

const REQUIRED_TEXT = ['title', 'source', 'licence', 'vintage', 'coverage'] as const;

/** `services-health.geojson` → `services-health.meta.json`. */
export function sidecarPath(dataPath: string): string {
  return dataPath.replace(/\.(geojson|json|csv|zip)$/i, '') + '.meta.json';
}

/** Validated sidecar of `dataPath`, or null when there is none. Throws DataError naming the sidecar and field. */
export function readSidecar(dataPath: string): Omit<Provenance, 'from'> & { count?: number } | null {
  const path = sidecarPath(dataPath);
  if (!existsSync(path)) return null;
  const file = basename(path);
  const json = readJson(path);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new DataError(file, 'is not a JSON object');
  const meta = json as Record<string, unknown>;
  for (const field of REQUIRED_TEXT) {
    const value = meta[field];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new DataError(file, `"${field}" is ${value === undefined ? 'missing' : 'not a non-empty string'} (a sidecar needs ${REQUIRED_TEXT.join(', ')} and complete)`);
    }
  }
  if (typeof meta.complete !== 'boolean') throw new DataError(file, `"complete" is ${meta.complete === undefined ? 'missing' : 'not true or false'}`);
  if (meta.attribution !== undefined && (typeof meta.attribution !== 'string' || meta.attribution.trim() === '')) {
    throw new DataError(file, '"attribution" must be a non-empty string when present');
  }
  if (meta.count !== undefined && !(typeof meta.count === 'number' && Number.isInteger(meta.count) && meta.count >= 0)) {
    throw new DataError(file, '"count" must be a whole number when present');
  }
  const text = (field: (typeof REQUIRED_TEXT)[number]) => (meta[field] as string).trim();
  return {
    file: basename(dataPath),
    title: text('title'),
    source: text('source'),
    licence: text('licence'),
    // Without its own attribution line a sidecar's licence (which names the licensor) is what we credit.
    attribution: typeof meta.attribution === 'string' ? meta.attribution.trim() : text('licence'),
    vintage: text('vintage'),
    complete: meta.complete,
    coverage: text('coverage'),
    ...(typeof meta.count === 'number' ? { count: meta.count } : {}),
  };
}

/**
 * Counts a coverage sentence states: comma-grouped numbers ("2,926") and plain ones, but not years
 * (a bare 19xx/20xx, as in "open in 2016" or "December 2020").
 */
export function statedCounts(coverage: string): number[] {
  return [...coverage.matchAll(/(?<![\w.,-])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\w.,-])\d+(?![\d,])/g)]
    .map((m) => ({ text: m[0], value: Number(m[0].replace(/,/g, '')) }))
    .filter(({ text }) => !/^(19|20)\d\d$/.test(text))
    .map(({ value }) => value);
}

/**
 * Checks a sidecar against its file. An explicit `count` must match exactly. Otherwise, when the
 * coverage sentence states counts, the file's count must be one of them ("All 704 wards…", "7 of the
 * 76…") or their sum (the health file states one count per kind). A sentence with no numbers is not checked.
 */
export function checkSidecarCount(meta: { file: string; coverage: string | null; count?: number }, actual: number): void {
  const file = sidecarPath(meta.file);
  if (meta.count !== undefined) {
    if (meta.count !== actual) throw new DataError(file, `says "count": ${meta.count} but ${meta.file} has ${actual} features`);
    return;
  }
  const stated = statedCounts(meta.coverage ?? '');
  if (stated.length === 0) return;
  const sum = stated.reduce((a, b) => a + b, 0);
  if (!stated.includes(actual) && sum !== actual) {
    const fmt = (n: number) => n.toLocaleString('en-GB');
    throw new DataError(file, `coverage states ${stated.map(fmt).join(', ')} but ${meta.file} has ${fmt(actual)} features: the sidecar does not describe this file`);
  }
}

/** Provenance of a source file: its sidecar (checked against `count`) or the layer's built-in credit. */
export function provenanceOf(dataPath: string, credit: Pick<LayerCredit, 'title' | 'source' | 'licence' | 'attribution'> & { vintage: string }, count: number): Provenance {
  const meta = readSidecar(dataPath);
  if (!meta) {
    return { file: basename(dataPath), from: 'built-in', ...credit, complete: true, coverage: null };
  }
  checkSidecarCount(meta, count);
  const { count: _stated, ...rest } = meta;
  return { ...rest, from: 'sidecar' };
}
