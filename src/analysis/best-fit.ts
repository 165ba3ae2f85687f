/**
 * Best-fit population counting, respecting the nesting OA ⊂ LSOA and the fact that every
 * boundary here is generalised (~20 m):
 * - an LSOA wholly inside the proposal, or all but wholly (≥ 1 − LSOA_GRAZE_SHARE of its area),
 *   brings all its output areas: its published Census 2021 count;
 * - an LSOA wholly or all but wholly outside (≤ LSOA_GRAZE_SHARE inside) brings none;
 * - only an LSOA the boundary really cuts is split, by the ONS method: its output areas whose
 *   population-weighted centroid lies inside (half-open even-odd test, geometry/point-in-shape.ts).
 * Output-area residents are controlled to their LSOA's count (control-to-lsoa.ts), so whole and
 * split LSOAs agree and the rule partitions: a proposal and its complement see shares s and 1 − s
 * of each LSOA, so an LSOA one counts whole the other counts not at all, and a cut LSOA's output
 * areas go to exactly one side.
 *
 * Why 0.5%: a boundary that follows the statistical units but was generalised differently (a
 * borough built from its 2022 wards, a borough outline against its LSOAs) leaves slivers of
 * neighbouring LSOAs on the wrong side. Measured on the London bundle (2026-11-30), the largest
 * such sliver holding an output-area centroid is 0.38% of its LSOA (Barking and Dagenham built
 * from its wards: E00185690, 360 residents, 6.6 m across the line); 96 of 26,369 centroids lie
 * outside their own LSOA polygon, all within 16 m of it (E00000022 in the City, 0.6 m). The
 * smallest real cut holding a centroid, over all 704 ward boundaries, is 0.85% (Wallington North,
 * 40 m inside). 0.5% sits between the two; over all 704 wards it changes one output area's side.
 *
 * `centroidsInside` is the figure without the 0.5% rule (every centroid of every cut LSOA tested):
 * the range in population.ts includes it, so the rule never hides what a point count would say.
 */
import type { UnitOverlap } from './layer-overlap';
import type { Prepared } from './prepare';
import type { ProposalContext } from './proposal-context';

/** Share of an LSOA's area (0..1) at or below which the boundary only grazes it on that side. */
export const LSOA_GRAZE_SHARE = 0.005;

export interface BestFit {
  residents: number;
  households: number;
  communal: number;
  oaCount: number;
  /** Residents of output areas whose centroid is inside, testing every centroid of every LSOA the boundary cuts (no 0.5% rule). */
  centroidsInside: number;
  /** LSOAs the boundary cuts by at most LSOA_GRAZE_SHARE on one side, counted whole or not at all. */
  lsoasGrazedIn: number;
  lsoasGrazedOut: number;
  /** LSOAs split by output-area centroid. */
  lsoasSplit: number;
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

/** How an LSOA counts: all its output areas, none, or those whose centroid is inside. */
type LsoaRule = 'whole' | 'none' | 'split';

export function lsoaRule(o: Pick<UnitOverlap, 'cut' | 'share'>): LsoaRule {
  if (!o.cut || o.share >= 1 - LSOA_GRAZE_SHARE) return 'whole';
  return o.share <= LSOA_GRAZE_SHARE ? 'none' : 'split';
}

export function bestFit(prep: Prepared, ctx: ProposalContext, lsoaOverlaps: readonly UnitOverlap[]): BestFit {
  const oa = prep.oa;
  const byLsoa = new Tally(prep.lsoa.props.length);
  const byWard = new Tally(prep.wards.props.length);
  const byBorough = new Tally(prep.boroughs.props.length);
  const fit = { residents: 0, households: 0, communal: 0, oaCount: 0, centroidsInside: 0, lsoasGrazedIn: 0, lsoasGrazedOut: 0, lsoasSplit: 0 };
  for (const o of lsoaOverlaps) {
    const rule = lsoaRule(o);
    if (o.cut && rule === 'whole') fit.lsoasGrazedIn++;
    else if (rule === 'none') fit.lsoasGrazedOut++;
    else if (rule === 'split') fit.lsoasSplit++;
    for (let k = oa.byLsoaStart[o.index] as number, end = oa.byLsoaStart[o.index + 1] as number; k < end; k++) {
      const i = oa.byLsoa[k] as number;
      const people = oa.residents[i] as number;
      const centroidIn = !o.cut || ctx.inside(oa.x[i] as number, oa.y[i] as number);
      if (centroidIn) fit.centroidsInside += people;
      if (rule === 'none' || (rule === 'split' && !centroidIn)) continue;
      fit.residents += people;
      fit.households += oa.households[i] as number;
      fit.communal += oa.communal[i] as number;
      fit.oaCount++;
      if (people === 0) continue;
      byLsoa.add(o.index, people);
      byWard.add(oa.ward[i] as number, people);
      byBorough.add(oa.borough[i] as number, people);
    }
  }
  return { ...fit, byLsoa: byLsoa.toMap(), byWard: byWard.toMap(), byBorough: byBorough.toMap() };
}
