/**
 * Which units of a polygon layer the proposal overlaps, and by how much (equal-area m²).
 *
 * Units whose bbox no proposal edge passes through are wholly inside or wholly outside: one
 * point-in-polygon test decides. Only units the boundary may cut are intersected exactly
 * (geometry/intersection-area.ts).
 */
import { intersectionAreaM2, type UnitPolygon } from './geometry/intersection-area';
import type { PolygonLayer } from './polygon-layer';
import type { ProposalContext } from './proposal-context';

export interface UnitOverlap {
  /** Feature index in the layer. */
  index: number;
  overlapM2: number;
  /** overlap / unit area, 0..1. */
  share: number;
  /** True when the boundary cuts the unit (0 < share < 1). */
  cut: boolean;
}

/** Shares this close to 0 or 1 are clipping noise (≈ 0.01 m² on a 1 ha unit), not a real cut. */
const SHARE_EPSILON = 1e-6;

export function overlapUnit(ctx: ProposalContext, unit: UnitPolygon, index: number): UnitOverlap | null {
  const overlapM2 = intersectionAreaM2(ctx, unit);
  const share = unit.areaM2 > 0 ? Math.min(1, overlapM2 / unit.areaM2) : 0;
  if (share <= SHARE_EPSILON) return null;
  if (share >= 1 - SHARE_EPSILON) return { index, overlapM2: unit.areaM2, share: 1, cut: false };
  return { index, overlapM2, share, cut: true };
}

export function overlapLayer<P>(ctx: ProposalContext, layer: PolygonLayer<P>): UnitOverlap[] {
  if (!layer.index) return [];
  const [minX, minY, maxX, maxY] = ctx.shape.bbox;
  const out: UnitOverlap[] = [];
  for (const i of layer.index.search(minX, minY, maxX, maxY)) {
    const o = overlapUnit(ctx, layer.polygons[i] as UnitPolygon, i);
    if (o) out.push(o);
  }
  return out;
}
