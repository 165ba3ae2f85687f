/**
 * Boroughs, wards, BIDs, parishes and other proposals the proposal overlaps, with shares.
 * Areas are equal-area m² (geometry/area.ts), reported in hectares.
 */
import { intersectionAreaM2, prepareUnitPolygon } from './geometry/intersection-area';
import { normalizeGeometry } from './normalize';
import { bboxesOverlap, shapeToCoordinates } from './geometry/shape';
import type { BestFit } from './best-fit';
import type { UnitOverlap } from './layer-overlap';
import type { Prepared } from './prepare';
import type { PolygonLayer } from './polygon-layer';
import type { ProposalContext } from './proposal-context';
import type { AreaShare, BidOverlap, ParishOverlap, ProposalInput, ProposalOverlap } from './types';
import type { BidProps, ParishProps } from '../data/schema';

const ha = (m2: number) => Math.round(m2 / 100) / 100; // m² → ha, 2 decimals
const ratio = (a: number, b: number) => (b > 0 ? Math.round(Math.min(1, a / b) * 1e4) / 1e4 : 0);
const byOverlap = <T extends { overlapHa: number }>(a: T, b: T) => b.overlapHa - a.overlapHa;

/** Boroughs via their LSOAs (LSOAs nest exactly in boroughs, so no borough polygon is clipped). */
export function boroughShares(prep: Prepared, lsoaOverlaps: readonly UnitOverlap[], fit: BestFit, areaM2: number): AreaShare[] {
  const overlap = new Map<number, number>();
  for (const o of lsoaOverlaps) {
    const b = prep.lsoaBorough[o.index] as number;
    if (b >= 0) overlap.set(b, (overlap.get(b) ?? 0) + o.overlapM2);
  }
  return [...overlap]
    .map(([b, m2]) => {
      const p = prep.boroughs.props[b];
      return {
        code: p?.code ?? '',
        name: p?.name ?? '',
        overlapHa: ha(m2),
        shareOfProposal: ratio(m2, areaM2),
        shareOfArea: ratio(m2, prep.boroughLsoaAreaM2[b] as number),
        population: fit.byBorough.get(b) ?? 0,
      };
    })
    .sort(byOverlap);
}

export function wardShares(prep: Prepared, wardOverlaps: readonly UnitOverlap[], fit: BestFit, areaM2: number): AreaShare[] {
  return wardOverlaps
    .map((o) => {
      const p = prep.wards.props[o.index];
      return {
        code: p?.code ?? '',
        name: p?.name ?? '',
        overlapHa: ha(o.overlapM2),
        shareOfProposal: ratio(o.overlapM2, areaM2),
        shareOfArea: Math.round(o.share * 1e4) / 1e4,
        population: fit.byWard.get(o.index) ?? 0,
      };
    })
    .sort(byOverlap);
}

export function bidOverlaps(layer: PolygonLayer<BidProps>, overlaps: readonly UnitOverlap[], areaM2: number): BidOverlap[] {
  return overlaps
    .map((o) => {
      const p = layer.props[o.index] as BidProps;
      return { id: p.id, name: p.name, borough: p.borough, overlapHa: ha(o.overlapM2), shareOfBid: Math.round(o.share * 1e4) / 1e4, shareOfProposal: ratio(o.overlapM2, areaM2) };
    })
    .sort(byOverlap);
}

export function parishOverlaps(layer: PolygonLayer<ParishProps>, overlaps: readonly UnitOverlap[], areaM2: number): ParishOverlap[] {
  return overlaps
    .map((o) => {
      const p = layer.props[o.index] as ParishProps;
      return { code: p.code, name: p.name, kind: p.kind, overlapHa: ha(o.overlapM2), shareOfThis: ratio(o.overlapM2, areaM2), shareOfParish: Math.round(o.share * 1e4) / 1e4 };
    })
    .sort(byOverlap);
}

/** Overlaps with the user's other proposals (invalid ones are skipped: they get their own problems). */
export function proposalOverlaps(ctx: ProposalContext, selfId: string, others: readonly ProposalInput[]): ProposalOverlap[] {
  const out: ProposalOverlap[] = [];
  for (const other of others) {
    if (other.id === selfId) continue;
    const n = normalizeGeometry(other.geometry);
    if (!n.shape) continue;
    const unit = prepareUnitPolygon({ type: 'MultiPolygon', coordinates: shapeToCoordinates(n.shape) });
    if (!bboxesOverlap(unit.shape.bbox, ctx.shape.bbox)) continue;
    const m2 = intersectionAreaM2(ctx, unit);
    if (m2 <= 0.01) continue;
    out.push({ id: other.id, name: other.name, kind: other.kind, overlapHa: ha(m2), shareOfThis: ratio(m2, ctx.areaM2), shareOfOther: ratio(m2, unit.areaM2) });
  }
  return out.sort(byOverlap);
}
