import type { Point } from 'geojson';
import { LONDON_BOUNDS } from '../../pipeline/coordinates';
import { parseCsv } from '../../pipeline/csv';
import type { Handler } from '../context';
import type { AssemblyDataset } from '../sources';
import { DownloadError, checkFields } from '../verify';
import type { ArcgisRows } from './arcgis';
import type { ZipTables } from './zip-tables';

/** The bundle's oa21-census2021.csv columns, which scripts/pipeline/layers/oa.ts reads. */
export const OA_COLUMNS = ['OA21CD', 'LSOA21CD', 'MSOA21CD', 'LAD22CD', 'pwc_lng', 'pwc_lat', 'usual_residents', 'residents_in_households', 'residents_in_communal_establishments', 'households'] as const;

const TS001 = {
  code: 'geography code',
  total: 'Residence type: Total; measures: Value',
  households: 'Residence type: Lives in a household; measures: Value',
  communal: 'Residence type: Lives in a communal establishment; measures: Value',
} as const;

/** Census 2021: 8,799,800 usual residents and 3,423,600 households in London (ONS, rounded). */
const PLAUSIBLE = { residents: [8_000_000, 9_600_000], households: [3_300_000, 3_550_000] } as const;

const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const toCsv = (rows: readonly (readonly string[])[]) => `${rows.map((row) => row.map(quote).join(',')).join('\n')}\n`;

/** A Nomis CSV as header + rows keyed by geography code, London codes only; each code once. */
function londonTable(id: string, member: string, text: string, london: ReadonlySet<string>): { header: string[]; rows: Map<string, string[]> } {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) throw new DownloadError(id, `${member} is empty`);
  const codeColumn = header.indexOf(TS001.code);
  if (codeColumn < 0) throw new DownloadError(id, `${member} has no "${TS001.code}" column (it has ${header.join(', ')})`);
  const byCode = new Map<string, string[]>();
  for (const row of rows) {
    const code = row[codeColumn] ?? '';
    if (!london.has(code)) continue;
    if (byCode.has(code)) throw new DownloadError(id, `${member} lists ${code} twice`);
    byCode.set(code, row);
  }
  const missing = [...london].filter((code) => !byCode.has(code));
  if (missing.length > 0) throw new DownloadError(id, `${member} lacks ${missing.length} of London's ${london.size} areas (e.g. ${missing.slice(0, 3).join(', ')})`);
  return { header, rows: byCode };
}

function count(id: string, member: string, row: readonly string[], column: number, code: string): number {
  const value = Number(row[column]);
  if (!Number.isInteger(value) || value < 0) throw new DownloadError(id, `${member}: ${code} has "${row[column] ?? ''}" in column ${column + 1}, not a count`);
  return value;
}

function inRange(id: string, what: string, total: number, [min, max]: readonly [number, number]): void {
  if (total < min || total > max) throw new DownloadError(id, `London's ${what} sum to ${total.toLocaleString('en-GB')}, outside the plausible ${min.toLocaleString('en-GB')}–${max.toLocaleString('en-GB')}`);
}

/**
 * oa21-census2021.csv assembled from four ONS products (FETCH-NOTES.md 8): the OA lookup (LSOA, MSOA,
 * borough), the population-weighted centroids, TS001 (residents, in households, communal) and the
 * households table (TS041, or TS046, total column by position). Also the TS001 LSOA table cut to London.
 */
export const censusAssemblyHandler: Handler<AssemblyDataset> = async (dataset, context) => {
  const id = dataset.id;
  const lookup = await context.need<ArcgisRows>('oa-lookup');
  const centroids = await context.need<ArcgisRows>('oa-centroids');
  const ts001 = await context.need<ZipTables>('census-ts001');
  const householdTables = await context.need<ZipTables>('census-households');

  const oaCodes = new Set(lookup.map((row) => String(row.properties.OA21CD)));
  const lsoaCodes = new Set(lookup.map((row) => String(row.properties.LSOA21CD)));
  const points = new Map<string, [number, number]>();
  for (const feature of centroids) {
    const code = String(feature.properties.OA21CD);
    if (!oaCodes.has(code)) continue; // the box around London holds some OAs of neighbouring districts
    const [lng, lat] = (feature.geometry as Point | null)?.coordinates ?? [];
    const b = LONDON_BOUNDS;
    if (lng === undefined || lat === undefined || lng < b.west || lng > b.east || lat < b.south || lat > b.north) {
      throw new DownloadError(id, `the centroid of ${code} (${lng}, ${lat}) is not in Greater London`);
    }
    points.set(code, [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]);
  }
  const noPoint = [...oaCodes].filter((code) => !points.has(code));
  if (noPoint.length > 0) throw new DownloadError(id, `${noPoint.length} London output areas have no population-weighted centroid (e.g. ${noPoint.slice(0, 3).join(', ')})`);

  const oaMember = 'census2021-ts001-oa.csv';
  const residents = londonTable(id, oaMember, ts001[oaMember] ?? '', oaCodes);
  checkFields(id, residents.header, Object.values(TS001));
  const [householdMember, householdText] = Object.entries(householdTables)[0] ?? [];
  if (!householdMember || householdText === undefined) throw new DownloadError(id, 'no households table arrived');
  const households = londonTable(id, householdMember, householdText, oaCodes);
  const householdColumn = households.header.indexOf(TS001.code) + 1; // the total follows the code (Nomis layout)

  const columns = Object.fromEntries(Object.entries(TS001).map(([key, name]) => [key, residents.header.indexOf(name)])) as Record<keyof typeof TS001, number>;
  const totals = { residents: 0, inHouseholds: 0, communal: 0, households: 0 };
  const rows = lookup
    .map((row) => row.properties)
    .sort((a, b) => String(a.OA21CD).localeCompare(String(b.OA21CD)))
    .map((p) => {
      const code = String(p.OA21CD);
      const census = residents.rows.get(code) ?? [];
      const [lng, lat] = points.get(code) ?? [0, 0];
      const values = [columns.total, columns.households, columns.communal].map((column) => count(id, oaMember, census, column, code));
      const householdCount = count(id, householdMember, households.rows.get(code) ?? [], householdColumn, code);
      totals.residents += values[0] ?? 0;
      totals.inHouseholds += values[1] ?? 0;
      totals.communal += values[2] ?? 0;
      totals.households += householdCount;
      return [code, String(p.LSOA21CD), String(p.MSOA21CD), String(p.LAD22CD), String(lng), String(lat), ...values.map(String), String(householdCount)];
    });
  inRange(id, 'usual residents', totals.residents, PLAUSIBLE.residents);
  inRange(id, `households (${householdMember}, column "${households.header[householdColumn] ?? '?'}")`, totals.households, PLAUSIBLE.households);

  const lsoaMember = 'census2021-ts001-lsoa.csv';
  const lsoa = londonTable(id, lsoaMember, ts001[lsoaMember] ?? '', lsoaCodes);
  checkFields(id, lsoa.header, [TS001.code, TS001.total]);
  const lsoaRows = [...lsoa.rows.keys()].sort().map((code) => lsoa.rows.get(code) ?? []);

  const fmt = (n: number) => n.toLocaleString('en-GB');
  const checks =
    `${fmt(rows.length)} London OAs, each with a centroid in London and counts; residents ${fmt(totals.residents)} ` +
    `(${fmt(totals.inHouseholds)} in households, ${fmt(totals.communal)} communal), households ${fmt(totals.households)} from ${householdMember}`;
  return {
    outputs: [
      { name: 'oa21-census2021.csv', bytes: toCsv([[...OA_COLUMNS], ...rows]), source: 'ONS OA lookup and population-weighted centroids (Open Geography Portal), Nomis TS001 and households bulk tables', checks, count: rows.length },
      { name: lsoaMember, bytes: toCsv([lsoa.header, ...lsoaRows]), source: `Nomis TS001 (${lsoaMember}), London rows`, checks: `${fmt(lsoaRows.length)} London LSOAs, each once`, count: lsoaRows.length },
    ],
    summary: checks,
  };
};
