/**
 * Governance rules for English parishes, as pure functions. Each returns the value, a
 * plain-language sentence and the rule it applies, so the UI can cite it. Sources: DESIGN.md.
 */
import type { RuleResult } from './types';
import { DEFAULT_PRECEPT_PER_HOUSEHOLD } from './types';

export const RULE_CITATIONS = {
  singleBorough: 'Local Government and Public Involvement in Health Act 2007, s.79: a parish lies within one principal council area',
  petition: 'Local Government and Public Involvement in Health Act 2007, s.80 (petition thresholds as amended by SI 2015/998)',
  councillors: 'NALC guidance on parish council size; legal minimum of five councillors (Local Government Act 1972, s.16)',
  precept: 'Estimate: households × annual precept per household (default £79.71, average Band D parish precept in England 2023-24)',
} as const;

const fmt = (n: number) => n.toLocaleString('en-GB');

/** A borough the proposal lies in, with its share (0..1: the larger of area share and residents share). */
export interface BoroughPart {
  name: string;
  share: number;
}

/** Parts below this share of the proposal are edge slips (generalised or older boundaries), not a real crossing. */
export const MINOR_PART_SHARE = 0.05;

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * Boroughs the proposal lies in (largest first): one passes; for a parish, more fails, or warns
 * when every other part is small (under 5%: likely an edge not following the borough line);
 * for a CID it is information only.
 */
export function singleBoroughRule(parts: readonly BoroughPart[], isParish: boolean): RuleResult<number> {
  const n = parts.length;
  const rule = RULE_CITATIONS.singleBorough;
  const [main, ...rest] = parts;
  if (!main) return { value: 0, status: 'info', text: 'The proposal lies in no London borough.', rule };
  if (n === 1) return { value: 1, status: 'ok', text: `Lies within one principal council: ${main.name}.`, rule };
  const list = parts.map((p) => p.name).join(', ');
  if (!isParish) return { value: n, status: 'info', text: `Spans ${n} boroughs (${list}); a BID-like district across boroughs needs each council's agreement.`, rule };
  if (rest.every((p) => p.share < MINOR_PART_SHARE)) {
    const others = rest.map((p) => `${p.name} ${pct(p.share)}`).join(', ');
    return {
      value: n,
      status: 'warning',
      text: `Almost all in ${main.name}, but small parts lie in ${others}; a parish must lie within one principal council area, so make the boundary follow the borough edge.`,
      rule,
    };
  }
  return { value: n, status: 'fail', text: `Crosses ${n} boroughs (${list}); a parish must lie within one principal council area.`, rule };
}

/** Petition signatures needed to trigger a Community Governance Review. */
export function petitionThreshold(electors: number): number {
  if (electors < 500) return Math.ceil(electors * 0.375);
  if (electors <= 2500) return 187;
  return Math.ceil(electors * 0.075);
}

export function petitionRule(electors: number | null): RuleResult<number | null> {
  const rule = RULE_CITATIONS.petition;
  if (electors === null) return { value: null, status: 'info', text: 'Unknown without an electorate estimate.', rule };
  const needed = petitionThreshold(electors);
  const band =
    electors < 500 ? 'fewer than 500 electors: 37.5% must sign' : electors <= 2500 ? '500 to 2,500 electors: 187 must sign' : 'over 2,500 electors: 7.5% must sign';
  return { value: needed, status: 'info', text: `${fmt(needed)} signatures needed (${band}).`, rule };
}

/** Electorate steps above which NALC suggests one more councillor (7 up to 900 electors). */
export const NALC_STEPS = [900, 1400, 2000, 2700, 3500, 4400, 5400, 6500, 7700, 9000, 10400, 11900, 13500, 15200, 17000, 18900, 20900, 23000] as const;
export const NALC_BASE = 7;
export const LEGAL_MINIMUM_COUNCILLORS = 5;

export function suggestedCouncillors(electors: number): number {
  const steps = NALC_STEPS.filter((t) => electors > t).length;
  return Math.max(LEGAL_MINIMUM_COUNCILLORS, NALC_BASE + steps);
}

export function councillorsRule(electors: number | null): RuleResult<number | null> {
  const rule = RULE_CITATIONS.councillors;
  if (electors === null) return { value: null, status: 'info', text: 'Unknown without an electorate estimate.', rule };
  const n = suggestedCouncillors(electors);
  return { value: n, status: 'info', text: `${n} councillors suggested for about ${fmt(electors)} electors (minimum 5).`, rule };
}

export function preceptRule(households: number, perHousehold: number = DEFAULT_PRECEPT_PER_HOUSEHOLD): RuleResult<number> {
  const rate = Number.isFinite(perHousehold) && perHousehold >= 0 ? perHousehold : DEFAULT_PRECEPT_PER_HOUSEHOLD;
  const value = Math.round(households * rate);
  return {
    value,
    status: 'info',
    text: `About £${fmt(value)} a year from ${fmt(households)} households at £${rate.toFixed(2)} each.`,
    rule: RULE_CITATIONS.precept,
  };
}
