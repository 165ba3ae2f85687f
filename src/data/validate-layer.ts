/**
 * Shape checks for the files in public/data against schema.ts. Each check returns the first
 * problem found as a sentence (null when the data is fine), so a load error names the file,
 * the feature and the field. GeoJSON validity itself is checked with geojson-validation.
 */
import { valid } from 'geojson-validation';
import type { LayerId, OaTable } from './schema';

type Kind = 'string' | 'number' | 'string|null' | 'object|null';
type PropSpec = Record<string, Kind>;

const AREA_PROPS: Partial<Record<LayerId, PropSpec>> = {
  boroughs: { code: 'string', name: 'string' },
  wards: { code: 'string', name: 'string', boroughCode: 'string', boroughName: 'string' },
  lsoa: {
    code: 'string',
    name: 'string',
    boroughCode: 'string',
    population: 'number',
    households: 'number',
    areaM2: 'number',
    repLng: 'number',
    repLat: 'number',
    ageShares: 'object|null',
  },
  msoa: { code: 'string', name: 'string', population: 'number' },
  london: { code: 'string', name: 'string' },
  services: { id: 'string', type: 'string', name: 'string|null' },
  bids: { id: 'string', name: 'string' },
  parishes: { name: 'string', kind: 'string' },
};

const GEOMETRY_TYPES: Partial<Record<LayerId, readonly string[]>> = { services: ['Point'] };
const DEFAULT_GEOMETRY_TYPES = ['Polygon', 'MultiPolygon'] as const;

function kindOk(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string|null':
      return value === null || typeof value === 'string';
    case 'object|null':
      return value === null || (typeof value === 'object' && !Array.isArray(value));
  }
}

/** Check a parsed GeoJSON layer; returns a problem sentence or null. */
export function checkGeoJsonLayer(layer: LayerId, json: unknown): string | null {
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return 'is not a GeoJSON FeatureCollection';
  const errors = valid(json, true);
  if (errors.length > 0) return `is not valid GeoJSON: ${errors.slice(0, 3).join('; ')}`;
  const spec = AREA_PROPS[layer] ?? {};
  const types = GEOMETRY_TYPES[layer] ?? DEFAULT_GEOMETRY_TYPES;
  for (let i = 0; i < fc.features.length; i++) {
    const f = fc.features[i] as { properties?: Record<string, unknown> | null; geometry?: { type?: string } | null };
    if (!f.geometry || !types.includes(f.geometry.type ?? '')) {
      return `feature ${i} has geometry ${f.geometry?.type ?? 'null'}, expected ${types.join(' or ')}`;
    }
    for (const [key, kind] of Object.entries(spec)) {
      if (!kindOk(f.properties?.[key], kind)) return `feature ${i} has no valid "${key}" (${kind} expected)`;
    }
  }
  return null;
}

const OA_COLUMNS = ['codes', 'lsoa', 'lng', 'lat', 'residents', 'households', 'communal'] as const satisfies readonly (keyof OaTable)[];

/** Check the columnar OA table: equal-length columns, finite numbers, LSOA indexes in range. */
export function checkOaTable(json: unknown, lsoaCount: number): string | null {
  const t = json as Partial<Record<keyof OaTable, unknown>>;
  if (typeof t !== 'object' || t === null) return 'is not an object';
  const n = Array.isArray(t.codes) ? t.codes.length : -1;
  for (const col of OA_COLUMNS) {
    const column = t[col];
    if (!Array.isArray(column) || column.length !== n) return `column "${col}" is missing or not ${n} long`;
    if (col === 'codes') continue;
    const bad = column.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
    if (bad >= 0) return `column "${col}" row ${bad} is not a finite number`;
  }
  const lsoa = t.lsoa as number[];
  const out = lsoa.findIndex((v) => !Number.isInteger(v) || v < 0 || v >= lsoaCount);
  if (out >= 0) return `row ${out} points at LSOA index ${lsoa[out]}, outside 0..${lsoaCount - 1}`;
  return null;
}
