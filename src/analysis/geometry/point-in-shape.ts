/**
 * Crossing-number (even-odd) point-in-polygon with a half-open edge rule, indexed by y-bands.
 *
 * Why our own: the population invariants need a point on an edge shared by two polygons to be
 * counted in exactly one of them (inside + outside = total; two halves add up to the whole).
 * Each edge is stored with its endpoints in a canonical order (lower y first), so the crossing
 * x-coordinate is computed with the same floating-point operations whichever polygon the edge
 * belongs to and whichever way the ring runs; an edge counts when y0 <= py < y1 and px < x(py).
 * Horizontal edges never count. Coordinates: whatever the shape uses (here EPSG:4326 degrees).
 */
import type { Shape } from './shape';

export type PointTester = (x: number, y: number) => boolean;

/** Above this many edges per band on average, add bands (bounded so memory stays O(edges)). */
const EDGES_PER_BAND = 4;
const MAX_BANDS = 8192;

export function createPointTester(shape: Shape): PointTester {
  const [minX, minY, maxX, maxY] = shape.bbox;
  const edgeCount = shape.vertexCount;
  if (edgeCount === 0 || !(maxY > minY)) return () => false;

  // Canonical edges: x0, y0, x1, y1 with y0 < y1 (horizontal edges dropped).
  const edges = new Float64Array(edgeCount * 4);
  let e = 0;
  for (const ring of shape.rings) {
    const n = ring.length;
    for (let i = 0; i < n; i += 2) {
      const j = i + 2 === n ? 0 : i + 2;
      const ax = ring[i] as number;
      const ay = ring[i + 1] as number;
      const bx = ring[j] as number;
      const by = ring[j + 1] as number;
      if (ay === by) continue;
      const lowFirst = ay < by;
      edges[e++] = lowFirst ? ax : bx;
      edges[e++] = lowFirst ? ay : by;
      edges[e++] = lowFirst ? bx : ax;
      edges[e++] = lowFirst ? by : ay;
    }
  }
  const kept = e / 4;

  const bandCount = Math.max(1, Math.min(MAX_BANDS, Math.ceil(kept / EDGES_PER_BAND)));
  const bandHeight = (maxY - minY) / bandCount;
  const bandOf = (y: number) => Math.min(bandCount - 1, Math.max(0, Math.floor((y - minY) / bandHeight)));

  // CSR layout: bandStart[b]..bandStart[b+1] indexes into bandEdges.
  const counts = new Uint32Array(bandCount + 1);
  for (let k = 0; k < kept; k++) {
    const b0 = bandOf(edges[k * 4 + 1] as number);
    const b1 = bandOf(edges[k * 4 + 3] as number);
    for (let b = b0; b <= b1; b++) counts[b + 1] = (counts[b + 1] as number) + 1;
  }
  for (let b = 0; b < bandCount; b++) counts[b + 1] = (counts[b + 1] as number) + (counts[b] as number);
  const bandEdges = new Uint32Array(counts[bandCount] as number);
  const fill = counts.slice(0, bandCount);
  for (let k = 0; k < kept; k++) {
    const b0 = bandOf(edges[k * 4 + 1] as number);
    const b1 = bandOf(edges[k * 4 + 3] as number);
    for (let b = b0; b <= b1; b++) {
      bandEdges[fill[b] as number] = k;
      fill[b] = (fill[b] as number) + 1;
    }
  }

  return (px, py) => {
    if (!(px >= minX && px <= maxX && py >= minY && py < maxY)) return false;
    const b = bandOf(py);
    let inside = false;
    for (let i = counts[b] as number, end = counts[b + 1] as number; i < end; i++) {
      const k = (bandEdges[i] as number) * 4;
      const y0 = edges[k + 1] as number;
      const y1 = edges[k + 3] as number;
      if (py < y0 || py >= y1) continue;
      const x0 = edges[k] as number;
      const xi = x0 + ((py - y0) * ((edges[k + 2] as number) - x0)) / (y1 - y0);
      if (px < xi) inside = !inside;
    }
    return inside;
  };
}
