/**
 * Per-analysis structures for the proposal: its point tester, its oriented edges with a
 * flatbush index (to find the units its boundary can cut, and self-intersections) and its
 * equal-area m². EPSG:4326.
 */
import Flatbush from 'flatbush';
import { shapeAreaM2 } from './geometry/area';
import { edgesOfRings, type EdgeList } from './geometry/boundary-area';
import { orientedRings, type ClipSubject } from './geometry/intersection-area';
import { createPointTester, type PointTester } from './geometry/point-in-shape';
import { segmentTouchesBox } from './geometry/segment-box';
import type { BBox, Shape } from './geometry/shape';

export interface ProposalContext extends ClipSubject {
  shape: Shape;
  inside: PointTester;
  /** Oriented edges (outer CCW, holes CW); edgeIndex item k is edge k. */
  edges: EdgeList;
  edgeIndex: Flatbush;
  /** Equal-area m² (sinusoidal, geometry/area.ts). */
  areaM2: number;
  /** Proper edge crossings found (capped at 10): > 0 means a bow-tie or a hole crossing its outer ring. */
  crossings: number;
}

type EdgeQuery = Pick<ProposalContext, 'edges' | 'edgeIndex'>;

export function createProposalContext(shape: Shape): ProposalContext {
  const edges = edgesOfRings(orientedRings(shape));
  const n = edges.x0.length;
  const edgeIndex = new Flatbush(Math.max(1, n));
  for (let k = 0; k < n; k++) {
    const ax = edges.x0[k] as number;
    const ay = edges.y0[k] as number;
    const bx = edges.x1[k] as number;
    const by = edges.y1[k] as number;
    edgeIndex.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  if (n === 0) edgeIndex.add(1e9, 1e9, 1e9, 1e9);
  edgeIndex.finish();
  const q: EdgeQuery = { edges, edgeIndex };
  const crossings = countCrossings(q);
  return {
    shape,
    inside: createPointTester(shape),
    edges,
    edgeIndex,
    areaM2: shapeAreaM2(shape),
    crossings,
    selfIntersecting: crossings > 0,
    edgesTouchingBox: (box) => edgesTouchingBox(q, box),
  };
}

/** Indexes of the proposal edges whose segment passes through the box. */
export function edgesTouchingBox(q: EdgeQuery, box: BBox): number[] {
  const { x0, y0, x1, y1 } = q.edges;
  // Slightly larger than the box: the intersection shifts the edges by ~1e-9° (boundary-area.ts).
  const b: BBox = [box[0] - 1e-8, box[1] - 1e-8, box[2] + 1e-8, box[3] + 1e-8];
  return q.edgeIndex.search(b[0], b[1], b[2], b[3], (k) => segmentTouchesBox(x0[k] as number, y0[k] as number, x1[k] as number, y1[k] as number, b));
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

/** Number of pairs of edges that properly cross (bow-ties, a hole crossing its outer ring), capped at `limit`. */
export function countCrossings(q: EdgeQuery, limit = 10): number {
  const { x0, y0, x1, y1 } = q.edges;
  const n = x0.length;
  let found = 0;
  for (let k = 0; k < n && found < limit; k++) {
    const ax = x0[k] as number;
    const ay = y0[k] as number;
    const bx = x1[k] as number;
    const by = y1[k] as number;
    q.edgeIndex.search(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by), (j) => {
      if (j <= k || found >= limit) return false;
      const cx = x0[j] as number;
      const cy = y0[j] as number;
      const dx = x1[j] as number;
      const dy = y1[j] as number;
      if (orient(ax, ay, bx, by, cx, cy) * orient(ax, ay, bx, by, dx, dy) < 0 && orient(cx, cy, dx, dy, ax, ay) * orient(cx, cy, dx, dy, bx, by) < 0) found++;
      return false;
    });
  }
  return found;
}
