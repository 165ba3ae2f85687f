/**
 * Best-fit population counting (ONS method), respecting the nesting OA ⊂ LSOA:
 * - an LSOA wholly inside the proposal brings all its output areas;
 * - an LSOA the boundary cuts brings those of its output areas whose population-weighted
 *   centroid lies inside (half-open even-odd test, geometry/point-in-shape.ts);
 * - an LSOA wholly outside brings none.
 * Why the nesting: the polygons are generalised (~20 m), so a few centroids fall just outside
 * their own LSOA polygon (e.g. 220 residents of the City of London); trusting the LSOA's
 * classification when it is whole keeps a borough's own boundary at its full population.
 */
import type { UnitOverlap } from './layer-overlap';
import type { Prepared } from './prepare';
import type { ProposalContext } from './proposal-context';

export interface BestFit {
  residents: number;
  households: number;
  communal: number;
  oaCount: number;
  /** Residents inside, per LSOA feature index / ward index / borough index. */
  byLsoa: Map<number, number>;
  byWard: Map<number, number>;
  byBorough: Map<number, number>;
}

const add = (m: Map<number, number>, k: number, v: number) => m.set(k, (m.get(k) ?? 0) + v);

export function bestFit(prep: Prepared, ctx: ProposalContext, lsoaOverlaps: readonly UnitOverlap[]): BestFit {
  const oa = prep.oa;
  const r: BestFit = { residents: 0, households: 0, communal: 0, oaCount: 0, byLsoa: new Map(), byWard: new Map(), byBorough: new Map() };
  for (const o of lsoaOverlaps) {
    for (let k = oa.byLsoaStart[o.index] as number, end = oa.byLsoaStart[o.index + 1] as number; k < end; k++) {
      const i = oa.byLsoa[k] as number;
      if (o.cut && !ctx.inside(oa.x[i] as number, oa.y[i] as number)) continue;
      const people = oa.residents[i] as number;
      r.residents += people;
      r.households += oa.households[i] as number;
      r.communal += oa.communal[i] as number;
      r.oaCount++;
      add(r.byLsoa, o.index, people);
      add(r.byWard, oa.ward[i] as number, people);
      add(r.byBorough, oa.borough[i] as number, people);
    }
  }
  return r;
}
