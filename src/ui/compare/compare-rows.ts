/**
 * The rows of the side-by-side comparison: one registry entry per row (label, figure, how to read
 * it), so a new figure is one line. `prefer` says which end is better for a proposal, where the
 * rules make that plain (fewer boroughs for a parish, more services inside); 'none' rows mark only
 * the highest and lowest, without calling either better.
 */
import { SERVICE_KINDS, SERVICE_TYPE_IDS } from '../../data/service-kinds';
import type { AnalysisResult, RuleStatus } from '../../analysis/types';
import { formatCount } from '../format';
import { formatHa, formatPounds } from '../sidebar-format';

export type Prefer = 'high' | 'low' | 'none';

export interface CompareRow {
  id: string;
  label: string;
  /** The figure compared (null = not available for this proposal). */
  value: (r: AnalysisResult) => number | null;
  format: (r: AnalysisResult) => string;
  prefer: Prefer;
}

const people = (n: number | null) => (n === null ? 'n/a' : formatCount(n));
const splitWards = (r: AnalysisResult) => r.wards.filter((w) => w.shareOfArea < 0.999).length;

export const BASE_ROWS: CompareRow[] = [
  {
    id: 'population',
    label: 'Residents (Census 2021)',
    value: (r) => r.population.estimate,
    format: (r) => `${people(r.population.estimate)} (${people(r.population.low)}–${people(r.population.high)})`,
    prefer: 'none',
  },
  { id: 'electorate', label: 'Electorate (estimate)', value: (r) => r.electorate.estimate, format: (r) => people(r.electorate.estimate), prefer: 'none' },
  { id: 'households', label: 'Households', value: (r) => r.population.households, format: (r) => people(r.population.households), prefer: 'none' },
  { id: 'area', label: 'Area', value: (r) => r.areaHa, format: (r) => formatHa(r.areaHa), prefer: 'none' },
  {
    id: 'boroughs',
    label: 'Boroughs touched',
    value: (r) => r.boroughs.length,
    format: (r) => `${r.boroughs.length}: ${r.boroughs.map((b) => b.name).join(', ')}`,
    prefer: 'low',
  },
  {
    id: 'wards',
    label: 'Wards split by the boundary',
    value: splitWards,
    format: (r) => `${splitWards(r)} of ${r.wards.length} touched`,
    prefer: 'low',
  },
  {
    id: 'bids',
    label: 'BID overlap',
    value: (r) => (r.bids === null ? null : r.bids.reduce((sum, b) => sum + b.overlapHa, 0)),
    format: (r) =>
      r.bids === null ? 'no BID data' : r.bids.length === 0 ? 'none' : `${formatHa(r.bids.reduce((s, b) => s + b.overlapHa, 0))}: ${r.bids.map((b) => b.name).join(', ')}`,
    prefer: 'none',
  },
  {
    id: 'petition',
    label: 'Petition signatures for a review',
    value: (r) => r.governance.petition.value,
    format: (r) => people(r.governance.petition.value),
    prefer: 'none',
  },
  {
    id: 'councillors',
    label: 'Parish councillors (NALC)',
    value: (r) => r.governance.councillors.value,
    format: (r) => people(r.governance.councillors.value),
    prefer: 'none',
  },
  { id: 'precept', label: 'Precept raised per year', value: (r) => r.governance.precept.value, format: (r) => formatPounds(r.governance.precept.value), prefer: 'none' },
];

/** One row per service type present in any of the results: more inside is better for residents. */
export function serviceRows(results: readonly AnalysisResult[]): CompareRow[] {
  const types = SERVICE_TYPE_IDS.filter((t) => results.some((r) => r.services.byType[t]));
  return types.map((t) => ({
    id: `services-${t}`,
    label: `${SERVICE_KINDS[t].plural} inside`,
    value: (r) => r.services.byType[t]?.inside.length ?? null,
    format: (r) => people(r.services.byType[t]?.inside.length ?? null),
    prefer: 'high',
  }));
}

export type Mark = 'best' | 'worst' | 'highest' | 'lowest' | null;

/**
 * Marks the extremes of one row. Nothing is marked when all values are equal or fewer than two are
 * known; ties at an extreme are all marked.
 */
export function markExtremes(values: readonly (number | null)[], prefer: Prefer): Mark[] {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length < 2) return values.map(() => null);
  const max = Math.max(...known);
  const min = Math.min(...known);
  if (max === min) return values.map(() => null);
  return values.map((v) => {
    if (v === null) return null;
    if (v === max) return prefer === 'high' ? 'best' : prefer === 'low' ? 'worst' : 'highest';
    if (v === min) return prefer === 'low' ? 'best' : prefer === 'high' ? 'worst' : 'lowest';
    return null;
  });
}

/** How to read the marks (shown above the table on screen and in the report). */
export const MARK_HELP = '▲ best and ▼ worst mark the better and worse end where the rules say which is better; ↑ highest and ↓ lowest mark the rest.';

export const MARK_TEXT = { best: '▲ best', worst: '▼ worst', highest: '↑ highest', lowest: '↓ lowest' } as const satisfies Record<Exclude<Mark, null>, string>;

export const RULE_TEXT = { ok: '✔ pass', warning: '⚠ check', fail: '✖ fail', info: 'ℹ info' } as const satisfies Record<RuleStatus, string>;
