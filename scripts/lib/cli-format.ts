/**
 * Output formats of the analyse CLI: the full results as JSON, or one CSV row per proposal
 * with the headline figures (RFC 4180 quoting).
 */
import { AGE_BANDS } from '../../src/data/schema';
import type { AnalysisResult, ProposalInput } from '../../src/analysis/types';

export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function toJson(rows: { input: ProposalInput; result: AnalysisResult }[]): string {
  return JSON.stringify(rows.map(({ input, result }) => ({ name: input.name, kind: input.kind, ...result })), null, 2);
}

const CSV_COLUMNS = [
  'id', 'name', 'kind', 'status', 'area_ha', 'perimeter_km', 'population', 'population_low', 'population_high',
  'population_area_weighted', 'households', ...AGE_BANDS.map((b) => `age_${b}`), 'electorate', 'electorate_method',
  'boroughs', 'wards', 'cut_lsoas', 'services_inside', 'petition_signatures', 'councillors', 'precept_gbp', 'problems',
] as const;

const quote = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(rows: { input: ProposalInput; result: AnalysisResult }[]): string {
  const lines = rows.map(({ input, result: r }) => {
    const p = r.population;
    const services = Object.values(r.services.byType).reduce((n, t) => n + (t?.inside.length ?? 0), 0);
    return [
      input.id, input.name, input.kind, r.status, r.areaHa, r.perimeterKm, p.estimate, p.low, p.high, p.areaWeighted, p.households,
      ...AGE_BANDS.map((b) => p.ageBands?.[b] ?? ''), r.electorate.estimate ?? '', r.electorate.method,
      r.boroughs.map((b) => b.name).join('; '), r.wards.length, p.cutUnits.length, services,
      r.governance.petition.value ?? '', r.governance.councillors.value ?? '', r.governance.precept.value,
      r.problems.map((x) => `${x.severity}: ${x.message}`).join(' | '),
    ].map(quote).join(',');
  });
  return [CSV_COLUMNS.join(','), ...lines].join('\n');
}
