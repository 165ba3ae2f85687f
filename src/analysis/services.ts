/**
 * Services inside the proposal by type, and the nearest one of each type outside it.
 *
 * Distance is from the service to the nearest point of the proposal boundary: found in a local
 * equirectangular plane (metres, scaled at the service's latitude), then measured great-circle
 * (haversine) to that point. Candidates are visited in order of a lower bound (distance to the
 * proposal bbox), so only a few need the exact O(edges) search.
 */
import { SERVICE_TYPE_IDS, type ServiceType } from '../data/schema';
import { EARTH_RADIUS_M, haversineM } from './geometry/area';
import type { ProposalContext } from './proposal-context';
import type { ServiceIndex } from './services-index';
import type { NearestService, ServiceRef, ServicesResult, ServiceTypeResult } from './types';

const RAD = Math.PI / 180;
const ALL_TYPES = SERVICE_TYPE_IDS;

/** Nearest point of the proposal boundary to (px, py), returned as [lon, lat]. */
function nearestOnBoundary(ctx: ProposalContext, px: number, py: number): [number, number] {
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
function bboxLowerBoundM(ctx: ProposalContext, px: number, py: number): number {
  const [minX, minY, maxX, maxY] = ctx.shape.bbox;
  const highestLat = Math.min(89.9, Math.max(Math.abs(py), Math.abs(minY), Math.abs(maxY)));
  const dx = Math.max(minX - px, 0, px - maxX) * Math.cos(highestLat * RAD);
  const dy = Math.max(minY - py, 0, py - maxY);
  // Slightly under-estimate so the bound never exceeds the true great-circle distance.
  return 0.99 * Math.hypot(dx, dy) * RAD * EARTH_RADIUS_M;
}

function nearestOutside(ctx: ProposalContext, s: ServiceIndex, outside: number[]): NearestService | null {
  const order = outside.map((i) => ({ i, lb: bboxLowerBoundM(ctx, s.x[i] as number, s.y[i] as number) })).sort((a, b) => a.lb - b.lb);
  let best: NearestService | null = null;
  for (const { i, lb } of order) {
    if (best && lb >= best.distanceM) break;
    const px = s.x[i] as number;
    const py = s.y[i] as number;
    const [qx, qy] = nearestOnBoundary(ctx, px, py);
    const d = haversineM(px, py, qx, qy);
    const p = s.props[i];
    if (p && (!best || d < best.distanceM)) best = { id: p.id, name: p.name, distanceM: Math.round(d) };
  }
  return best;
}

export function servicesFor(ctx: ProposalContext, s: ServiceIndex | null): ServicesResult {
  const byType: Partial<Record<ServiceType, ServiceTypeResult>> = {};
  if (!s) return { byType, missingTypes: [...ALL_TYPES] };
  for (const [type, members] of s.byType) {
    const inside: ServiceRef[] = [];
    const outside: number[] = [];
    for (const i of members) {
      const p = s.props[i];
      if (!p) continue;
      if (ctx.inside(s.x[i] as number, s.y[i] as number)) inside.push({ id: p.id, name: p.name });
      else outside.push(i);
    }
    inside.sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') || a.id.localeCompare(b.id));
    byType[type] = { inside, nearestOutside: nearestOutside(ctx, s, outside) };
  }
  return { byType, missingTypes: ALL_TYPES.filter((t) => !s.byType.has(t)) };
}

/** Services block for a proposal that was not analysed: nothing inside, which types have data. */
export function noServices(s: ServiceIndex | null): ServicesResult {
  return { byType: {}, missingTypes: s ? ALL_TYPES.filter((t) => !s.byType.has(t)) : [...ALL_TYPES] };
}
