/**
 * The population block of a result: the headline figure (LSOA rule + best fit, best-fit.ts), the
 * area-weighted figure, the honest range between them, households, age bands, the LSOAs the
 * boundary cuts, and a plain-language statement of which rule made the headline figure.
 */
import type { Prepared } from './prepare';
import { LSOA_GRAZE_SHARE, type BestFit } from './best-fit';
import type { UnitOverlap } from './layer-overlap';
import { ageBandsFor, type AgeBandsResult } from './age-and-electorate';
import type { CutUnit, PopulationResult, PopulationRule } from './types';

/** The generic statement (a refused result, or where no rule applied). */
export const POPULATION_METHOD =
  'Census 2021 usual residents: small areas (LSOAs) wholly inside count their published figure; in LSOAs the boundary cuts, output areas count whole if their population-weighted centre is inside (ONS best fit).';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const grazePct = `${(LSOA_GRAZE_SHARE * 100).toLocaleString('en-GB')}%`;

/** Which rule made the headline figure, and the sentence that says so (shown in the panel). */
export function populationMethod(fit: BestFit, lsoasWhole: number): { rule: PopulationRule; method: string } {
  const grazed = fit.lsoasGrazedIn + fit.lsoasGrazedOut;
  const grazeNote =
    grazed > 0
      ? ` The boundary only grazes ${count(grazed, 'LSOA', 'LSOAs')} (${grazePct} of ${grazed === 1 ? 'its' : 'their'} area or less on one side), so ${grazed === 1 ? 'it counts' : 'they count'} whole or not at all.`
      : '';
  const whole = lsoasWhole + fit.lsoasGrazedIn;
  if (fit.lsoasSplit === 0) {
    return {
      rule: 'lsoa-sum',
      method: `Census 2021 usual residents of the ${count(whole, 'small area (LSOA)', 'small areas (LSOAs)')} inside, at their published figures: the boundary follows LSOA boundaries.${grazeNote}`,
    };
  }
  return {
    rule: 'best-fit',
    method: `Census 2021 usual residents: ${whole === 0 ? 'no small area (LSOA) wholly inside' : `${count(whole, 'small area (LSOA)', 'small areas (LSOAs)')} inside at their published figures`}; in the ${count(fit.lsoasSplit, 'LSOA', 'LSOAs')} the boundary cuts, output areas count whole if their population-weighted centre is inside (ONS best fit).${grazeNote}`,
  };
}

export function populationFrom(prep: Prepared, fit: BestFit, lsoaOverlaps: readonly UnitOverlap[]): { population: PopulationResult; age: AgeBandsResult } {
  let areaWeighted = 0;
  let lsoasInside = 0;
  const cutUnits: CutUnit[] = [];
  for (const o of lsoaOverlaps) {
    const p = prep.lsoa.props[o.index];
    if (!p) continue;
    areaWeighted += p.population * o.share;
    if (!o.cut) lsoasInside++;
    else cutUnits.push({ code: p.code, name: p.name, population: p.population, shareInside: Math.round(o.share * 1e4) / 1e4 });
  }
  cutUnits.sort((a, b) => b.shareInside - a.shareInside || a.code.localeCompare(b.code));
  const aw = Math.round(areaWeighted);
  const age = ageBandsFor(fit.byLsoa, prep.lsoa.props);
  // The range spans every reading the data supports: the headline, the area split, and a plain
  // centroid count without the 0.5% rule (best-fit.ts).
  const readings = [fit.residents, aw, fit.centroidsInside];
  return {
    age,
    population: {
      estimate: fit.residents,
      low: Math.min(...readings),
      high: Math.max(...readings),
      ...populationMethod(fit, lsoasInside),
      bestFit: fit.residents,
      areaWeighted: aw,
      centroidsInside: fit.centroidsInside,
      households: fit.households,
      communal: fit.communal,
      ageBands: age.ageBands,
      ageBandsCoverage: Math.round(age.coverage * 1e4) / 1e4,
      unitsInside: fit.oaCount,
      lsoasInside,
      lsoasGrazed: fit.lsoasGrazedIn + fit.lsoasGrazedOut,
      lsoasSplit: fit.lsoasSplit,
      cutUnits,
    },
  };
}
