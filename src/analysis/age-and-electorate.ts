/**
 * Age bands and the electorate estimate from best-fit residents.
 *
 * Age bands: residents counted in each LSOA × that LSOA's mid-2020 ONS age shares (schema.ts).
 * Electorate: residents aged 18+, with 16–17 taken as 2/14 of the 16–29 band (uniform ages
 * within the band). This counts adults, not registered electors: it includes residents who are
 * not eligible to vote and people not on the register; no published ratio is applied.
 */
import { AGE_BANDS, type AgeBand, type LsoaProps } from '../data/schema';
import type { ElectorateResult } from './types';

export interface AgeBandsResult {
  ageBands: Record<AgeBand, number> | null;
  coverage: number;
}

export function ageBandsFor(byLsoa: Map<number, number>, lsoaProps: readonly LsoaProps[]): AgeBandsResult {
  const bands = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<AgeBand, number>;
  let covered = 0;
  let total = 0;
  for (const [l, people] of byLsoa) {
    total += people;
    const shares = lsoaProps[l]?.ageShares;
    if (!shares) continue;
    covered += people;
    for (const b of AGE_BANDS) bands[b] += people * shares[b];
  }
  if (covered === 0) return { ageBands: null, coverage: 0 };
  for (const b of AGE_BANDS) bands[b] = Math.round(bands[b]);
  return { ageBands: bands, coverage: total > 0 ? covered / total : 0 };
}

/** Share of the 16–29 band aged 18 or over: ages 18..29 are 12 of the band's 14 years. */
export const ADULT_SHARE_OF_16_29 = 12 / 14;

export function electorateFrom(age: AgeBandsResult, residents: number): ElectorateResult {
  const a = age.ageBands;
  const bandTotal = a ? AGE_BANDS.reduce((s, b) => s + a[b], 0) : 0;
  if (!a || bandTotal === 0) {
    return {
      estimate: residents === 0 ? 0 : null,
      method: 'unavailable',
      explanation: residents === 0 ? 'No residents inside.' : 'No age data covers this area, so adults cannot be estimated.',
    };
  }
  const adults = a['16-29'] * ADULT_SHARE_OF_16_29 + a['30-44'] + a['45-64'] + a['65+'];
  // Age shares cover `coverage` of the residents; apply the covered adult share to all of them.
  const estimate = Math.round((adults / bandTotal) * residents);
  const coverage = age.coverage < 0.999 ? ` Age data covers ${Math.round(age.coverage * 100)}% of the residents; the adult share found there is applied to all.` : '';
  return {
    estimate,
    method: 'adults-from-age-bands',
    explanation:
      'Residents aged 18+ (Census 2021 best-fit residents × ONS mid-2020 age shares of their LSOA; 16–17 taken as 2/14 of the 16–29 band). ' +
      'This counts adults, not registered electors: non-eligible residents and unregistered people are included.' +
      coverage,
  };
}
