/**
 * Sutherland–Hodgman clipping of a ring against convex windows (boxes and triangles), written
 * over reusable scratch buffers: this runs thousands of times per analysis, and allocation, not
 * arithmetic, was its cost. Rings are flat [x0, y0, x1, y1, ...] without the closing vertex.
 *
 * For any subject ring, the signed area of the clipped ring equals the ring's winding number
 * integrated over the window, so clipped pieces of consistently oriented rings add up to the
 * exact overlap. The clip may leave zero-width "bridges" along the window edges where the
 * ring leaves and re-enters; they enclose no area.
 */
let bufA = new Float64Array(256);
let bufB = new Float64Array(256);

function ensure(size: number): void {
  if (bufA.length < size) {
    bufA = new Float64Array(size * 2);
    bufB = new Float64Array(size * 2);
  }
}

/**
 * Keep the part of src[0..n) (n = number count) where a·x + b·y + c ≥ 0; writes dst, returns its count.
 */
function clipHalfPlane(src: Float64Array, n: number, dst: Float64Array, a: number, b: number, c: number): number {
  if (n === 0) return 0;
  let m = 0;
  let px = src[n - 2] as number;
  let py = src[n - 1] as number;
  let ps = a * px + b * py + c;
  for (let i = 0; i < n; i += 2) {
    const cx = src[i] as number;
    const cy = src[i + 1] as number;
    const cs = a * cx + b * cy + c;
    if (cs >= 0 !== ps >= 0) {
      const t = ps / (ps - cs);
      dst[m++] = px + t * (cx - px);
      dst[m++] = py + t * (cy - py);
    }
    if (cs >= 0) {
      dst[m++] = cx;
      dst[m++] = cy;
    }
    px = cx;
    py = cy;
    ps = cs;
  }
  return m;
}

/** Keep x ≥ v (sign 1) or x ≤ v (sign −1) exactly, computing crossings on the line x = v. */
function clipX(src: Float64Array, n: number, dst: Float64Array, v: number, sign: 1 | -1): number {
  if (n === 0) return 0;
  let m = 0;
  let px = src[n - 2] as number;
  let py = src[n - 1] as number;
  let pIn = sign * (px - v) >= 0;
  for (let i = 0; i < n; i += 2) {
    const cx = src[i] as number;
    const cy = src[i + 1] as number;
    const cIn = sign * (cx - v) >= 0;
    if (cIn !== pIn) {
      dst[m++] = v;
      dst[m++] = py + ((v - px) * (cy - py)) / (cx - px);
    }
    if (cIn) {
      dst[m++] = cx;
      dst[m++] = cy;
    }
    px = cx;
    py = cy;
    pIn = cIn;
  }
  return m;
}

function clipY(src: Float64Array, n: number, dst: Float64Array, v: number, sign: 1 | -1): number {
  if (n === 0) return 0;
  let m = 0;
  let px = src[n - 2] as number;
  let py = src[n - 1] as number;
  let pIn = sign * (py - v) >= 0;
  for (let i = 0; i < n; i += 2) {
    const cx = src[i] as number;
    const cy = src[i + 1] as number;
    const cIn = sign * (cy - v) >= 0;
    if (cIn !== pIn) {
      dst[m++] = px + ((v - py) * (cx - px)) / (cy - py);
      dst[m++] = v;
    }
    if (cIn) {
      dst[m++] = cx;
      dst[m++] = cy;
    }
    px = cx;
    py = cy;
    pIn = cIn;
  }
  return m;
}

/** Clip a ring to a box; returns a new array (fewer than 6 numbers = nothing left). */
export function clipRingToBox(ring: Float64Array, minX: number, minY: number, maxX: number, maxY: number): Float64Array {
  const n = ring.length;
  ensure(n * 2 + 16);
  let m = clipX(ring, n, bufA, minX, 1);
  m = clipX(bufA, m, bufB, maxX, -1);
  m = clipY(bufB, m, bufA, minY, 1);
  m = clipY(bufA, m, bufB, maxY, -1);
  return bufB.slice(0, m);
}

/**
 * Clip a ring to the counter-clockwise triangle tri[o..o+6) and return the clipped ring's
 * signed area through `area(buffer, count)` without allocating.
 */
export function clippedToTriangleArea(ring: Float64Array, tri: Float64Array, o: number, area: (buf: Float64Array, n: number) => number): number {
  const x0 = tri[o] as number;
  const y0 = tri[o + 1] as number;
  const x1 = tri[o + 2] as number;
  const y1 = tri[o + 3] as number;
  const x2 = tri[o + 4] as number;
  const y2 = tri[o + 5] as number;
  ensure(ring.length * 2 + 16);
  // Left of a→b: (bx−ax)(y−ay) − (by−ay)(x−ax) ≥ 0  ⇔  a·x + b·y + c ≥ 0 with:
  let m = clipHalfPlane(ring, ring.length, bufA, -(y1 - y0), x1 - x0, (y1 - y0) * x0 - (x1 - x0) * y0);
  m = clipHalfPlane(bufA, m, bufB, -(y2 - y1), x2 - x1, (y2 - y1) * x1 - (x2 - x1) * y1);
  m = clipHalfPlane(bufB, m, bufA, -(y0 - y2), x0 - x2, (y0 - y2) * x2 - (x0 - x2) * y2);
  return m >= 6 ? area(bufA, m) : 0;
}
