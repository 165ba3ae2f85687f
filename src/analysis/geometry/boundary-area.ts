/**
 * Area of the intersection of two polygons by integrating around its boundary (Green's theorem):
 *
 *   area(P ∩ U) = Σ over P's edges of the parts inside U  +  Σ over U's edges of the parts inside P
 *
 * of the shoelace term (x·dy − y·dx)/2, with both polygons oriented (outer rings counter-clockwise,
 * holes clockwise). Each edge is split where it meets the other polygon's boundary and each
 * piece is classified by its midpoint. Where an edge of P lies exactly on an edge of U (shared,
 * snapped vertices), the piece counts once, on P's side, when both run the same way (interiors
 * on the same side) and not at all when they run opposite ways.
 *
 * Intersections are found in lon/lat (EPSG:4326); shoelace terms use the sinusoidal equal-area
 * projection in metres relative to a local origin (see area.ts), so the result is m².
 * Cost: O(edges of P near U × edges of U), typically a few hundred operations per unit.
 */
import { EARTH_RADIUS_M } from './area';
import type { FlatRing } from './shape';

const RAD = Math.PI / 180;

/** Edges as flat arrays: edge k runs (x0[k], y0[k]) → (x1[k], y1[k]). */
export interface EdgeList {
  x0: Float64Array;
  y0: Float64Array;
  x1: Float64Array;
  y1: Float64Array;
}

export function edgesOfRings(rings: readonly FlatRing[]): EdgeList {
  const n = rings.reduce((s, r) => s + r.length / 2, 0);
  const e: EdgeList = { x0: new Float64Array(n), y0: new Float64Array(n), x1: new Float64Array(n), y1: new Float64Array(n) };
  let k = 0;
  for (const r of rings) {
    const m = r.length;
    for (let i = 0; i < m; i += 2, k++) {
      const j = i + 2 === m ? 0 : i + 2;
      e.x0[k] = r[i] as number;
      e.y0[k] = r[i + 1] as number;
      e.x1[k] = r[j] as number;
      e.y1[k] = r[j + 1] as number;
    }
  }
  return e;
}

/** Even-odd, half-open crossing test over an edge list (same rule as point-in-shape.ts). */
export function insideEdges(e: EdgeList, px: number, py: number): boolean {
  let inside = false;
  for (let k = 0, n = e.x0.length; k < n; k++) {
    let ax = e.x0[k] as number;
    let ay = e.y0[k] as number;
    let bx = e.x1[k] as number;
    let by = e.y1[k] as number;
    if (ay === by) continue;
    if (ay > by) {
      [ax, bx] = [bx, ax];
      [ay, by] = [by, ay];
    }
    if (py < ay || py >= by) continue;
    if (px < ax + ((py - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside;
}

type Inside = (x: number, y: number) => boolean;

/** Projected shoelace term of the piece a→b of an edge, m², relative to origin (ox, oy) in degrees. */
function term(ax: number, ay: number, bx: number, by: number, ox: number, oy: number): number {
  const ya = (ay - oy) * RAD;
  const yb = (by - oy) * RAD;
  // Sinusoidal: X = λ·cos φ (φ absolute), Y = φ − φ0; both × R below.
  const xa = (ax - ox) * RAD * Math.cos(ay * RAD);
  const xb = (bx - ox) * RAD * Math.cos(by * RAD);
  return ((xa * yb - xb * ya) / 2) * EARTH_RADIUS_M * EARTH_RADIUS_M;
}

// Scratch buffers (typed, reused: this loop runs ~10⁵ times per analysis and must not allocate).
let ts: Float64Array = new Float64Array(64);
let overlaps: Float64Array = new Float64Array(96); // triples [t0, t1, same(1)/opposite(0)]

function grow(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) return a;
  const b = new Float64Array(need * 2);
  b.set(a);
  return b;
}

/** Insertion sort of ts[0..n): n is tiny (split points of one edge). */
function sortTs(n: number): void {
  for (let i = 1; i < n; i++) {
    const v = ts[i] as number;
    let j = i - 1;
    while (j >= 0 && (ts[j] as number) > v) {
      ts[j + 1] = ts[j] as number;
      j--;
    }
    ts[j + 1] = v;
  }
}

/**
 * Σ over the edges `mine` of the pieces inside the other polygon.
 * @param countSharedSame whether pieces lying on a same-direction edge of `other` count (true for P, false for U)
 */
function sideSum(mine: EdgeList, other: EdgeList, insideOther: Inside, countSharedSame: boolean, ox: number, oy: number): number {
  let sum = 0;
  const count = mine.x0.length;
  const otherCount = other.x0.length;
  const { x0: ox0, y0: oy0, x1: ox1, y1: oy1 } = other;
  // Bbox of the other polygon's edges in play: an edge missing it cannot be split.
  let oMinX = Infinity;
  let oMinY = Infinity;
  let oMaxX = -Infinity;
  let oMaxY = -Infinity;
  for (let j = 0; j < otherCount; j++) {
    oMinX = Math.min(oMinX, ox0[j] as number, ox1[j] as number);
    oMaxX = Math.max(oMaxX, ox0[j] as number, ox1[j] as number);
    oMinY = Math.min(oMinY, oy0[j] as number, oy1[j] as number);
    oMaxY = Math.max(oMaxY, oy0[j] as number, oy1[j] as number);
  }
  // Side of the previous edge's last piece; an unsplit edge continuing it shares that side.
  let lastSide: boolean | null = null;
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  for (let k = 0; k < count; k++) {
    const ax = mine.x0[k] as number;
    const ay = mine.y0[k] as number;
    const bx = mine.x1[k] as number;
    const by = mine.y1[k] as number;
    const dx = bx - ax;
    const dy = by - ay;
    const continues = ax === lastX && ay === lastY;
    lastX = bx;
    lastY = by;
    if (dx === 0 && dy === 0) continue;
    const minX = Math.min(ax, bx);
    const maxX = Math.max(ax, bx);
    const minY = Math.min(ay, by);
    const maxY = Math.max(ay, by);
    ts[0] = 0;
    ts[1] = 1;
    let nt = 2;
    let no = 0;
    if (!(maxX < oMinX || minX > oMaxX || maxY < oMinY || minY > oMaxY)) {
      for (let j = 0; j < otherCount; j++) {
        const cx = ox0[j] as number;
        const cy = oy0[j] as number;
        const ex = ox1[j] as number;
        const ey = oy1[j] as number;
        if ((cx > ex ? cx : ex) < minX || (cx < ex ? cx : ex) > maxX || (cy > ey ? cy : ey) < minY || (cy < ey ? cy : ey) > maxY) continue;
        const fx = ex - cx;
        const fy = ey - cy;
        const denom = dx * fy - dy * fx;
        const qx = cx - ax;
        const qy = cy - ay;
        if (denom === 0) {
          // Parallel: collinear overlap when c lies on the line through a→b.
          if (qx * dy - qy * dx !== 0) continue;
          const len2 = dx * dx + dy * dy;
          const t0 = (qx * dx + qy * dy) / len2;
          const t1 = ((ex - ax) * dx + (ey - ay) * dy) / len2;
          const lo = Math.max(0, Math.min(t0, t1));
          const hi = Math.min(1, Math.max(t0, t1));
          if (hi > lo) {
            ts = grow(ts, nt + 2);
            ts[nt++] = lo;
            ts[nt++] = hi;
            overlaps = grow(overlaps, no + 3);
            overlaps[no++] = lo;
            overlaps[no++] = hi;
            overlaps[no++] = dx * fx + dy * fy > 0 ? 1 : 0;
          }
          continue;
        }
        const t = (qx * fy - qy * fx) / denom;
        const s = (qx * dy - qy * dx) / denom;
        if (t >= 0 && t <= 1 && s >= 0 && s <= 1) {
          ts = grow(ts, nt + 1);
          ts[nt++] = t;
        }
      }
    }
    if (nt === 2) {
      // Unsplit edge: one side throughout, the same as the piece it continues.
      const side: boolean = continues && lastSide !== null ? lastSide : insideOther(ax + dx / 2, ay + dy / 2);
      lastSide = side;
      if (side) sum += term(ax, ay, bx, by, ox, oy);
      continue;
    }
    sortTs(nt);
    lastSide = null;
    for (let i = 0; i + 1 < nt; i++) {
      const t0 = ts[i] as number;
      const t1 = ts[i + 1] as number;
      if (t1 <= t0) continue;
      const tm = (t0 + t1) / 2;
      let counted: boolean | null = null;
      let shared = false;
      for (let o = 0; o < no; o += 3) {
        if (tm > (overlaps[o] as number) && tm < (overlaps[o + 1] as number)) {
          counted = countSharedSame && overlaps[o + 2] === 1;
          shared = true;
          break;
        }
      }
      counted ??= insideOther(ax + tm * dx, ay + tm * dy);
      // A piece lying on the other boundary says nothing about the side beyond it.
      lastSide = shared ? null : counted;
      if (counted) sum += term(ax + t0 * dx, ay + t0 * dy, ax + t1 * dx, ay + t1 * dy, ox, oy);
    }
  }
  return sum;
}

/** Area enclosed by oriented edges, m², with the same terms and origin as the intersection (so a unit wholly inside gives back exactly this). */
export function edgesAreaM2(u: EdgeList): number {
  const ox = u.x0[0] ?? 0;
  const oy = u.y0[0] ?? 0;
  let sum = 0;
  for (let k = 0; k < u.x0.length; k++) sum += term(u.x0[k] as number, u.y0[k] as number, u.x1[k] as number, u.y1[k] as number, ox, oy);
  return sum;
}

/**
 * Exact shared vertices and edges (a proposal snapped to a ward, a ward against the LSOAs it shares
 * vertices with) put midpoints exactly on the other boundary, where rounding decides the side
 * and a piece can be counted twice. So the proposal's edges are translated by a tiny vector
 * (≈1e-9°, ≈0.1 mm, a direction parallel to no data edge): every shared piece then lies
 * strictly on one side, and exactly one of the two coincident pieces is counted when the
 * interiors agree ("simulation of simplicity"). The area changes by ≈0.1 mm × boundary length.
 */
const SHIFT_X = (1e-9 * Math.SQRT2) / 1.4;
const SHIFT_Y = (1e-9 * Math.PI) / 3.7;

/**
 * @param p the proposal's oriented edges; `pNear` = indices of those near the unit (others cannot meet it)
 * @param insideP even-odd test for the proposal
 * @param u the unit's oriented edges
 */
/** Reused buffers for the shifted near edges (views of the right length are taken per call). */
let nearBuffer: EdgeList = { x0: new Float64Array(256), y0: new Float64Array(256), x1: new Float64Array(256), y1: new Float64Array(256) };

export function boundaryIntersectionAreaM2(p: EdgeList, pNear: ArrayLike<number>, insideP: Inside, u: EdgeList): number {
  const n = pNear.length;
  if (nearBuffer.x0.length < n) {
    const size = n * 2;
    nearBuffer = { x0: new Float64Array(size), y0: new Float64Array(size), x1: new Float64Array(size), y1: new Float64Array(size) };
  }
  const near: EdgeList = { x0: nearBuffer.x0.subarray(0, n), y0: nearBuffer.y0.subarray(0, n), x1: nearBuffer.x1.subarray(0, n), y1: nearBuffer.y1.subarray(0, n) };
  for (let i = 0; i < n; i++) {
    const k = pNear[i] as number;
    near.x0[i] = (p.x0[k] as number) + SHIFT_X;
    near.y0[i] = (p.y0[k] as number) + SHIFT_Y;
    near.x1[i] = (p.x1[k] as number) + SHIFT_X;
    near.y1[i] = (p.y1[k] as number) + SHIFT_Y;
  }
  const insideShiftedP: Inside = (x, y) => insideP(x - SHIFT_X, y - SHIFT_Y);
  const ox = u.x0[0] ?? 0;
  const oy = u.y0[0] ?? 0;
  const fromP = sideSum(near, u, (x, y) => insideEdges(u, x, y), true, ox, oy);
  const fromU = sideSum(u, near, insideShiftedP, false, ox, oy);
  return fromP + fromU;
}
