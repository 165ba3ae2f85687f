/**
 * Per-analysis structures for the proposal: its point tester, an index of its edges (to find
 * which units its boundary can cut, and self-intersections) and its equal-area m². EPSG:4326.
 */
import Flatbush from 'flatbush';
import { shapeAreaM2 } from './geometry/area';
import { orientedRings, type ClipSubject } from './geometry/intersection-area';
import { createPointTester, type PointTester } from './geometry/point-in-shape';
import { segmentTouchesBox } from './geometry/segment-box';
import type { BBox, FlatRing, Shape } from './geometry/shape';

export interface ProposalContext extends ClipSubject {
  shape: Shape;
  inside: PointTester;
  /** Edge k runs (ex[2k], ey[2k]) → (ex[2k+1], ey[2k+1]). */
  ex: Float64Array;
  ey: Float64Array;
  edgeIndex: Flatbush;
  areaM2: number;
  oriented: FlatRing[];
  /** Proper edge crossings found (capped at 10): > 0 means a bow-tie or a hole crossing its outer ring. */
  crossings: number;
}

export function createProposalContext(shape: Shape): ProposalContext {
  const n = shape.vertexCount;
  const ex = new Float64Array(n * 2);
  const ey = new Float64Array(n * 2);
  const edgeIndex = new Flatbush(Math.max(1, n));
  let k = 0;
  shape.rings.forEach((r) => {
    const m = r.length;
    for (let i = 0; i < m; i += 2) {
      const j = i + 2 === m ? 0 : i + 2;
      const ax = r[i] as number;
      const ay = r[i + 1] as number;
      const bx = r[j] as number;
      const by = r[j + 1] as number;
      ex[2 * k] = ax;
      ey[2 * k] = ay;
      ex[2 * k + 1] = bx;
      ey[2 * k + 1] = by;
      edgeIndex.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
      k++;
    }
  });
  if (n === 0) edgeIndex.add(1e9, 1e9, 1e9, 1e9);
  edgeIndex.finish();
  const ctx: ProposalContext = { shape, inside: createPointTester(shape), ex, ey, edgeIndex, areaM2: shapeAreaM2(shape), oriented: orientedRings(shape), crossings: 0, selfIntersecting: false, edgesTouchingBox: (box) => edgesTouchingBox(ctx, box) };
  ctx.crossings = countCrossings(ctx);
  ctx.selfIntersecting = ctx.crossings > 0;
  return ctx;
}

/** True when some proposal edge passes through the box (so a unit inside it may be cut). */
export function boundaryTouchesBox(ctx: Pick<ProposalContext, 'ex' | 'ey' | 'edgeIndex'>, box: BBox): boolean {
  return edgesTouchingBox(ctx, box).length > 0;
}

/** Indexes of the proposal edges whose segment passes through the box. */
export function edgesTouchingBox(ctx: Pick<ProposalContext, 'ex' | 'ey' | 'edgeIndex'>, box: BBox): number[] {
  const { ex, ey } = ctx;
  return ctx.edgeIndex.search(box[0], box[1], box[2], box[3], (k) =>
    segmentTouchesBox(ex[2 * k] as number, ey[2 * k] as number, ex[2 * k + 1] as number, ey[2 * k + 1] as number, box),
  );
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** Number of pairs of edges that properly cross (bow-ties, a hole crossing its outer ring), capped at `limit`. */
export function countCrossings(ctx: Pick<ProposalContext, 'ex' | 'ey' | 'edgeIndex'>, limit = 10): number {
  const { ex, ey } = ctx;
  const n = ex.length / 2;
  let found = 0;
  for (let k = 0; k < n && found < limit; k++) {
    const ax = ex[2 * k] as number;
    const ay = ey[2 * k] as number;
    const bx = ex[2 * k + 1] as number;
    const by = ey[2 * k + 1] as number;
    ctx.edgeIndex.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), (j) => {
      if (j <= k || found >= limit) return false;
      const cx = ex[2 * j] as number;
      const cy = ey[2 * j] as number;
      const dx = ex[2 * j + 1] as number;
      const dy = ey[2 * j + 1] as number;
      if (orient(ax, ay, bx, by, cx, cy) * orient(ax, ay, bx, by, dx, dy) < 0 && orient(cx, cy, dx, dy, ax, ay) * orient(cx, cy, dx, dy, bx, by) < 0) found++;
      return false;
    });
  }
  return found;
}
