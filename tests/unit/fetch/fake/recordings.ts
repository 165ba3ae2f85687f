// The official services' responses, generated at test time from the real data bundle (SOURCE_DIR, i.e.
// LONDON_DATA_DIR or ../shared/data/london) re-encoded in each service's wire format: ArcGIS layers
// (boroughs, 2022 wards, the OA lookup, OA population-weighted centroids), Nomis bulk zips (TS001 OA and
// LSOA tables, TS041 households), the London Datastore LSOA zip (one shapefile per borough, BNG), the GLA
// BID zip and a GIAS register (Windows-1252). Nothing here is invented: every value is the bundle's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { parseCsvRecords } from '../../../../scripts/pipeline/csv';
import { SOURCE_DIR } from '../../pipeline/temp-source';
import { lonLatToBng, writeShapefile } from './shapefile-writer';

export interface FakeLayer {
  name: string;
  objectIdField: string;
  maxRecordCount: number;
  fields: string[];
  rows: { attributes: Record<string, string | number>; geometry: Geometry | null }[];
}

type AnyFeature = Feature<Geometry, Record<string, unknown>>;
const readGeoJson = (name: string) => (JSON.parse(readFileSync(join(SOURCE_DIR, name), 'utf8')) as { features: AnyFeature[] }).features;
const readCsv = (name: string) => parseCsvRecords(readFileSync(join(SOURCE_DIR, name), 'utf8'), name);

function layerFrom(name: string, features: AnyFeature[], fields: string[], maxRecordCount: number): FakeLayer {
  return {
    name,
    objectIdField: 'FID',
    maxRecordCount,
    fields: ['FID', ...fields],
    rows: features.map((f, i) => ({ attributes: { FID: i + 1, ...Object.fromEntries(fields.map((k) => [k, f.properties[k] as string])) }, geometry: f.geometry })),
  };
}

const csvLine = (values: readonly (string | number)[]) => values.map((v) => (/[",]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',');

/** Characters of Windows-1252 above 0x7F that differ from Latin-1 (0x80–0x9F). */
const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f };
export function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0) ?? 0x3f;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    return CP1252_EXTRA[char] ?? 0x3f;
  });
}

export interface Recordings {
  layers: FakeLayer[];
  ts001: Uint8Array;
  ts041: Uint8Array;
  lsoaZip: Uint8Array;
  bidZip: Uint8Array;
  gias: Uint8Array;
}

let memo: Recordings | null = null;

export function recordings(): Recordings {
  if (memo) return memo;
  const oas = readCsv('oa21-census2021.csv');
  const lsoaCounts = readCsv('lsoa21-population-census2021.csv');
  const lsoas = readGeoJson('lsoa21.geojson') as Feature<Polygon | MultiPolygon, Record<string, unknown>>[];

  const layers = [
    layerFrom('Lower_layer_Super_Output_Areas_December_2021_Boundaries_EW_BGC_V5', lsoas, ['LSOA21CD', 'LSOA21NM'], 2000),
    layerFrom('Local_Authority_Districts_December_2022_UK_BGC_V2', readGeoJson('boroughs.geojson'), ['LAD22CD', 'LAD22NM'], 2000),
    layerFrom('Wards_December_2022_Boundaries_UK_BGC', readGeoJson('wards-2022.geojson'), ['WD22CD', 'WD22NM', 'LAD22CD', 'LAD22NM'], 250),
    {
      name: 'OA_LSOA_MSOA_EW_DEC_2021_LU_v3',
      objectIdField: 'ObjectId',
      maxRecordCount: 5000,
      fields: ['ObjectId', 'OA21CD', 'LSOA21CD', 'MSOA21CD', 'LAD22CD'],
      rows: oas.map((r, i) => ({ attributes: { ObjectId: i + 1, OA21CD: r.OA21CD ?? '', LSOA21CD: r.LSOA21CD ?? '', MSOA21CD: r.MSOA21CD ?? '', LAD22CD: r.LAD22CD ?? '' }, geometry: null })),
    },
    {
      name: 'Output_Areas_2021_PWC_V3',
      objectIdField: 'FID',
      maxRecordCount: 2000,
      fields: ['FID', 'OA21CD', 'GlobalID'],
      rows: oas.map((r, i) => ({ attributes: { FID: i + 1, OA21CD: r.OA21CD ?? '', GlobalID: `oa-${i}` }, geometry: { type: 'Point', coordinates: [Number(r.pwc_lng), Number(r.pwc_lat)] } })),
    },
  ] satisfies FakeLayer[];

  // Nomis bulk TS001: OA rows as the bundle has them; LSOA totals from the bundle's LSOA table, the
  // household/communal split of an LSOA summed from its OAs.
  const header = ['date', 'geography', 'geography code', 'Residence type: Total; measures: Value', 'Residence type: Lives in a household; measures: Value', 'Residence type: Lives in a communal establishment; measures: Value'];
  const oaLines = oas.map((r) => csvLine([2021, r.OA21CD ?? '', r.OA21CD ?? '', r.usual_residents ?? '', r.residents_in_households ?? '', r.residents_in_communal_establishments ?? '']));
  const split = new Map<string, [number, number]>();
  for (const r of oas) {
    const s = split.get(r.LSOA21CD ?? '') ?? [0, 0];
    split.set(r.LSOA21CD ?? '', [s[0] + Number(r.residents_in_households), s[1] + Number(r.residents_in_communal_establishments)]);
  }
  const names = new Map(lsoas.map((f) => [String(f.properties.LSOA21CD), String(f.properties.LSOA21NM)]));
  const lsoaLines = lsoaCounts.map((r) => csvLine([2021, names.get(r.LSOA21CD ?? '') ?? '', r.LSOA21CD ?? '', r.population_census2021 ?? '', ...(split.get(r.LSOA21CD ?? '') ?? [0, 0])]));
  const ts001 = zipSync({
    'census2021-ts001-oa.csv': strToU8([csvLine(header), ...oaLines].join('\r\n')),
    'census2021-ts001-lsoa.csv': strToU8([csvLine(header), ...lsoaLines].join('\r\n')),
    'metadata/census2021-ts001.txt': strToU8('TS001 - Number of usual residents in households and communal establishments\n'),
  });
  const ts041 = zipSync({
    'census2021-ts041-oa.csv': strToU8([csvLine(['date', 'geography', 'geography code', 'Number of households: Total; measures: Value']), ...oas.map((r) => csvLine([2021, r.OA21CD ?? '', r.OA21CD ?? '', r.households ?? '']))].join('\r\n')),
  });

  // London Datastore: one shapefile per borough under LB_shp/, lower-case field names.
  const byBorough = new Map<string, typeof lsoas>();
  for (const f of lsoas) byBorough.set(String(f.properties.LAD22NM), [...(byBorough.get(String(f.properties.LAD22NM)) ?? []), f]);
  const lsoaMembers: Record<string, Uint8Array> = {};
  for (const [borough, features] of byBorough) {
    const lower = features.map((f) => ({ ...f, properties: { lsoa21cd: f.properties.LSOA21CD, lsoa21nm: f.properties.LSOA21NM, msoa21cd: f.properties.MSOA21CD, lad22cd: f.properties.LAD22CD } }));
    const parts = writeShapefile(lower, ['lsoa21cd', 'lsoa21nm', 'msoa21cd', 'lad22cd']);
    const base = `LB_shp/${borough.replace(/[^A-Za-z]+/g, '_')}`;
    for (const [ext, bytes] of Object.entries(parts)) lsoaMembers[`${base}.${ext}`] = bytes;
  }
  const lsoaZip = zipSync(lsoaMembers);

  const bids = readGeoJson('business_improvement_districts.geojson') as Feature<Polygon | MultiPolygon, Record<string, unknown>>[];
  const bidParts = writeShapefile(bids, ['OBJECTID', 'borough', 'bid_name', 'town_centr', 'weblink', 'updated']);
  const bidZip = zipSync(Object.fromEntries(Object.entries(bidParts).map(([ext, bytes]) => [`business_improvement_districts.${ext}`, bytes])));

  const schools = readGeoJson('services-schools.geojson');
  const giasHeader = ['URN', 'LA (name)', 'EstablishmentName', 'TypeOfEstablishment (name)', 'EstablishmentStatus (name)', 'PhaseOfEducation (name)', 'Easting', 'Northing'];
  const giasLines = schools.map((f) => {
    const [e, n] = lonLatToBng((f.geometry as { coordinates: number[] }).coordinates);
    return csvLine([String(f.properties.ref ?? '').replace(/^URN /, ''), '', String(f.properties.name ?? ''), String(f.properties.subtype ?? ''), 'Open', String(f.properties.subtype ?? ''), Math.round(e), Math.round(n)]);
  });
  const gias = encodeWindows1252([csvLine(giasHeader), ...giasLines].join('\r\n'));

  memo = { layers, ts001, ts041, lsoaZip, bidZip, gias };
  return memo;
}
