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
  /** Residents inside, per LSOA feature index / ward index / borough index (only non-zero entries). */
  byLsoa: Map<number, number>;
  byWard: Map<number, number>;
  byBorough: Map<number, number>;
}

/** Sparse accumulator over a fixed index range: typed array + list of touched indexes (no Map churn). */
class Tally {
  private readonly values: Float64Array;
  private readonly touched: number[] = [];
  constructor(size: number) {
    this.values = new Float64Array(Math.max(1, size));
  }
  add(i: number, v: number): void {
    if (i < 0) return;
    if (this.values[i] === 0) this.touched.push(i);
    this.values[i] = (this.values[i] as number) + v;
  }
  toMap(): Map<number, number> {
    return new Map(this.touched.map((i) => [i, this.values[i] as number]));
  }
}

export function bestFit(prep: Prepared, ctx: ProposalContext, lsoaOverlaps: readonly UnitOverlap[]): BestFit {
  const oa = prep.oa;
  const byLsoa = new Tally(prep.lsoa.props.length);
  const byWard = new Tally(prep.wards.props.length);
  const byBorough = new Tally(prep.boroughs.props.length);
  let residents = 0;
  let households = 0;
  let communal = 0;
  let oaCount = 0;
  for (const o of lsoaOverlaps) {
    for (let k = oa.byLsoaStart[o.index] as number, end = oa.byLsoaStart[o.index + 1] as number; k < end; k++) {
      const i = oa.byLsoa[k] as number;
      if (o.cut && !ctx.inside(oa.x[i] as number, oa.y[i] as number)) continue;
      const people = oa.residents[i] as number;
      residents += people;
      households += oa.households[i] as number;
      communal += oa.communal[i] as number;
      oaCount++;
      if (people === 0) continue;
      byLsoa.add(o.index, people);
      byWard.add(oa.ward[i] as number, people);
      byBorough.add(oa.borough[i] as number, people);
    }
  }
  return { residents, households, communal, oaCount, byLsoa: byLsoa.toMap(), byWard: byWard.toMap(), byBorough: byBorough.toMap() };
}
