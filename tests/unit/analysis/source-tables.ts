/**
 * Independent reading of the London source bundle for tests that check the engine against figures
 * computed straight from the source CSVs/GeoJSON (not through scripts/pipeline or src/analysis).
 * Source folder: the pipeline's own rule (LONDON_DATA_DIR, else ../shared/data/london, else data/raw).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { booleanPointInPolygon, bbox as turfBbox } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { resolveSourceDir } from '../../../scripts/pipeline/source-folder';

export const SOURCE_DIR = resolveSourceDir(resolve(import.meta.dirname, '../../..'));

/**
 * A deliberately small CSV reader: the bundle's tables have no quoted fields, so a quote is an
 * error here rather than something to interpret (keeps this independent of scripts/pipeline/csv.ts).
 */
export function readPlainCsv(file: string): Record<string, string>[] {
  const text = readFileSync(join(SOURCE_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line !== '');
  if (!header) throw new Error(`${file}: empty`);
  if (text.includes('"')) throw new Error(`${file}: has quoted fields; this reader only takes plain CSV`);
  const names = header.split(',');
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== names.length) throw new Error(`${file} line ${i + 2}: ${cells.length} fields, header has ${names.length}`);
    return Object.fromEntries(names.map((name, k) => [name, cells[k] as string]));
  });
}

export function readGeoJson<P>(file: string): FeatureCollection<Polygon | MultiPolygon, P> {
  return JSON.parse(readFileSync(join(SOURCE_DIR, file), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, P>;
}

export interface OaRow {
  code: string;
  lsoa: string;
  borough: string;
  lng: number;
  lat: number;
  residents: number;
  households: number;
}

export function readOas(): OaRow[] {
  return readPlainCsv('oa21-census2021.csv').map((r) => ({
    code: r.OA21CD as string,
    lsoa: r.LSOA21CD as string,
    borough: r.LAD22CD as string,
    lng: Number(r.pwc_lng),
    lat: Number(r.pwc_lat),
    residents: Number(r.usual_residents),
    households: Number(r.households),
  }));
}

export const BANDS = ['0-15', '16-29', '30-44', '45-64', '65+'] as const;
export type Band = (typeof BANDS)[number];
export type BandShares = Record<Band, number>;

/**
 * Mid-2020 age shares for every LSOA 2021: its own row when the code is unchanged since 2011,
 * else the row of the 2011 LSOA (turf point-in-polygon over lsoa11.geojson) holding the LSOA 2021's
 * representative point from lsoa21-population-census2021.csv. Shares are unrounded counts / all ages.
 */
export function ageSharesByLsoa21(): Map<string, BandShares> {
  const byLsoa11 = new Map<string, BandShares>();
  for (const r of readPlainCsv('lsoa11-population-mid2020.csv')) {
    const all = Number(r['Persons_All-Ages']);
    if (all > 0) byLsoa11.set(r.LSOA11CD as string, Object.fromEntries(BANDS.map((b) => [b, Number(r[`Persons_${b}`]) / all])) as BandShares);
  }
  const lsoa11 = readGeoJson<{ LSOA11CD: string }>('lsoa11.geojson').features.map((f) => ({ f, box: turfBbox(f) }));
  const holder = (lng: number, lat: number): Feature<Polygon | MultiPolygon, { LSOA11CD: string }> | undefined =>
    lsoa11.find(({ f, box }) => lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3] && booleanPointInPolygon([lng, lat], f))?.f;
  const out = new Map<string, BandShares>();
  for (const r of readPlainCsv('lsoa21-population-census2021.csv')) {
    const code = r.LSOA21CD as string;
    const own = byLsoa11.get(code);
    const shares = own ?? byLsoa11.get(holder(Number(r.pwc_lng), Number(r.pwc_lat))?.properties.LSOA11CD ?? '');
    if (shares) out.set(code, shares);
  }
  return out;
}

/** Share of the 16–29 band aged 18+: ages 18..29 are 12 of its 14 single years (uniform within the band). */
export const ADULTS_OF_16_29 = 12 / 14;

/** Age bands and adults 18+ for a set of residents grouped by LSOA 2021 (unrounded). */
export function bandsAndAdults(residentsByLsoa: Map<string, number>, shares: Map<string, BandShares>): { bands: BandShares; adults: number } {
  const bands = Object.fromEntries(BANDS.map((b) => [b, 0])) as BandShares;
  let adults = 0;
  for (const [lsoa, people] of residentsByLsoa) {
    const s = shares.get(lsoa);
    if (!s) throw new Error(`no age shares for ${lsoa}`);
    for (const b of BANDS) bands[b] += people * s[b];
    adults += people * (s['16-29'] * ADULTS_OF_16_29 + s['30-44'] + s['45-64'] + s['65+']);
  }
  return { bands, adults };
}

/** Census 2021 usual residents per LSOA 2021 as published (lsoa21-population-census2021.csv). */
export function readLsoaPopulation(): Map<string, number> {
  return new Map(readPlainCsv('lsoa21-population-census2021.csv').map((r) => [r.LSOA21CD as string, Number(r.population_census2021)]));
}

/**
 * The OA rows with residents controlled to their LSOA's published count, computed here from the
 * spec the engine states (src/analysis/control-to-lsoa.ts): within each LSOA whose OAs do not add
 * up to its figure, each OA gets floor(residents × LSOA figure / OA sum), and the people left over go
 * one each to the largest fractional parts (ties: smaller OA code). ONS perturbs the OA and LSOA
 * tables independently, so they differ by a few people in about half the LSOAs.
 */
export function controlledToLsoas(rows: readonly OaRow[], lsoaPopulation: ReadonlyMap<string, number>): OaRow[] {
  const groups = new Map<string, OaRow[]>();
  for (const r of rows) groups.set(r.lsoa, [...(groups.get(r.lsoa) ?? []), r]);
  const controlled = new Map<string, number>();
  for (const [lsoa, members] of groups) {
    const target = lsoaPopulation.get(lsoa);
    if (target === undefined) throw new Error(`no published population for ${lsoa}`);
    const total = members.reduce((s, r) => s + r.residents, 0);
    if (total === target || total === 0) {
      for (const r of members) controlled.set(r.code, r.residents);
      continue;
    }
    const parts = members.map((r) => {
      const exact = (r.residents * target) / total;
      return { code: r.code, whole: Math.floor(exact), fraction: exact - Math.floor(exact) };
    });
    let left = target - parts.reduce((s, p) => s + p.whole, 0);
    const byFraction = [...parts].sort((a, b) => b.fraction - a.fraction || (a.code < b.code ? -1 : 1));
    for (const p of byFraction) if (left-- > 0) p.whole++;
    for (const p of parts) controlled.set(p.code, p.whole);
  }
  return rows.map((r) => ({ ...r, residents: controlled.get(r.code) ?? r.residents }));
}
