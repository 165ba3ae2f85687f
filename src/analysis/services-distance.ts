/**
 * Distances from a service to a proposal (shared by the services kernel and its test-only reference
 * copy): the nearest point of the boundary, found in a local equirectangular plane scaled at the
 * service's latitude, and a lower bound from the proposal's bbox. EPSG:4326 in, metres out.
 */
import { EARTH_RADIUS_M } from './geometry/area';
import type { ProposalContext } from './proposal-context';

const RAD = Math.PI / 180;

/** Nearest point of the proposal boundary to (px, py), returned as [lon, lat]. */
export function nearestOnBoundary(ctx: ProposalContext, px: number, py: number): [number, number] {
  const kx = Math.cos(py * RAD);
  let best = Infinity;
  let bx = px;
  let by = py;
  const { x0, y0, x1, y1 } = ctx.edges;
  for (let k = 0, n = x0.length; k < n; k++) {
    const ax = ((x0[k] as number) - px) * kx;
    const ay = (y0[k] as number) - py;
    const dx = ((x1[k] as number) - px) * kx - ax;
    const dy = (y1[k] as number) - py - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
    const cx = ax + t * dx;
    const cy = ay + t * dy;
    const d2 = cx * cx + cy * cy;
    if (d2 < best) {
      best = d2;
      bx = px + cx / kx;
      by = py + cy;
    }
  }
  return [bx, by];
}

/** Lower bound of the distance (m) from a point to anything in the proposal bbox. */
export function bboxLowerBoundM(ctx: ProposalContext, px: number, py: number): number {
  const [minX, minY, maxX, maxY] = ctx.shape.bbox;
  const highestLat = Math.min(89.9, Math.max(Math.abs(py), Math.abs(minY), Math.abs(maxY)));
  const dx = Math.max(minX - px, 0, px - maxX) * Math.cos(highestLat * RAD);
  const dy = Math.max(minY - py, 0, py - maxY);
  // Slightly under-estimate so the bound never exceeds the true great-circle distance.
  return 0.99 * Math.hypot(dx, dy) * RAD * EARTH_RADIUS_M;
}
