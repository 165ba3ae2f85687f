/**
 * The population block of a result: best-fit (headline) and area-weighted figures, the range
 * between them, households, age bands and the LSOAs the boundary cuts.
 */
import type { Prepared } from './prepare';
import type { BestFit } from './best-fit';
import type { UnitOverlap } from './layer-overlap';
import { ageBandsFor, type AgeBandsResult } from './age-and-electorate';
import type { CutUnit, PopulationResult } from './types';

export const POPULATION_METHOD =
  'Best fit (ONS method): Census 2021 output areas whose population-weighted centroid lies inside; range from an area-weighted count over LSOAs.';

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
  return {
    age,
    population: {
      estimate: fit.residents,
      low: Math.min(fit.residents, aw),
      high: Math.max(fit.residents, aw),
      method: POPULATION_METHOD,
      bestFit: fit.residents,
      areaWeighted: aw,
      households: fit.households,
      communal: fit.communal,
      ageBands: age.ageBands,
      ageBandsCoverage: Math.round(age.coverage * 1e4) / 1e4,
      unitsInside: fit.oaCount,
      lsoasInside,
      cutUnits,
    },
  };
}
