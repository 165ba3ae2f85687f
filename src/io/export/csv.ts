/**
 * One CSV row per proposal with the headline figures (RFC 4180 quoting). The columns are those of
 * `npm run analyse --format csv` (scripts/lib/cli-format.ts uses this module). The app's download adds
 * two marked rows under the header: `#units` (the unit of each column) and `#sources` (the data each
 * figure comes from, with vintages and licences), so a spreadsheet keeps the figures' provenance.
 */
import { AGE_BANDS, type Manifest } from '../../data/schema';
import type { AnalysisResult, ProposalInput } from '../../analysis/types';

export const CSV_COLUMNS = [
  'id', 'name', 'kind', 'status', 'area_ha', 'perimeter_km', 'population', 'population_low', 'population_high',
  'population_area_weighted', 'households', ...AGE_BANDS.map((b) => `age_${b}`), 'electorate', 'electorate_method',
  'boroughs', 'wards', 'cut_lsoas', 'services_inside', 'petition_signatures', 'councillors', 'precept_gbp', 'problems',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Unit of each numeric column; text columns are left blank. */
const UNITS: Partial<Record<Column, string>> = {
  area_ha: 'hectares (equal-area)',
  perimeter_km: 'km (great-circle)',
  population: 'persons (best fit)',
  population_low: 'persons',
  population_high: 'persons',
  population_area_weighted: 'persons',
  households: 'households',
  ...Object.fromEntries(AGE_BANDS.map((b) => [`age_${b}`, 'persons'])),
  electorate: 'persons aged 18+ (estimate)',
  wards: 'count',
  cut_lsoas: 'count',
  services_inside: 'count',
  petition_signatures: 'signatures',
  councillors: 'councillors',
  precept_gbp: 'GBP per year',
};

export interface CsvRow {
  input: Pick<ProposalInput, 'id' | 'name' | 'kind'>;
  result: AnalysisResult;
}

const quote = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function rowCells({ input, result: r }: CsvRow): unknown[] {
  const p = r.population;
  const services = Object.values(r.services.byType).reduce((n, t) => n + (t?.inside.length ?? 0), 0);
  return [
    input.id, input.name, input.kind, r.status, r.areaHa, r.perimeterKm, p.estimate, p.low, p.high, p.areaWeighted, p.households,
    ...AGE_BANDS.map((b) => p.ageBands?.[b] ?? ''), r.electorate.estimate ?? '', r.electorate.method,
    r.boroughs.map((b) => b.name).join('; '), r.wards.length, p.cutUnits.length, services,
    r.governance.petition.value ?? '', r.governance.councillors.value ?? '', r.governance.precept.value,
    r.problems.map((x) => `${x.severity}: ${x.message}`).join(' | '),
  ];
}

/** The data behind the figures: each present layer's title, vintage and licence (from manifest.json). */
export function sourcesText(manifest: Manifest): string {
  return Object.values(manifest.layers)
    .flatMap((l) => (l.status === 'present' ? [`${l.title}: ${l.vintage}, ${l.source} (${l.licence})`] : []))
    .join('; ');
}

export function toCsv(rows: readonly CsvRow[], meta?: { manifest: Manifest; generatedAt: Date }): string {
  const lines = [CSV_COLUMNS.join(',')];
  if (meta) {
    lines.push(CSV_COLUMNS.map((c, i) => (i === 0 ? '#units' : (UNITS[c] ?? ''))).map(quote).join(','));
    lines.push(['#sources', `Generated ${meta.generatedAt.toISOString()} by London District Mapper. ${sourcesText(meta.manifest)}`].map(quote).join(','));
  }
  for (const row of rows) lines.push(rowCells(row).map(quote).join(','));
  return lines.join('\n');
}
