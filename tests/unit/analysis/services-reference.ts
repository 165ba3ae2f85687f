/**
 * Reference copy (test-only) of the services kernel as it was before the per-type flatbush
 * search (src/analysis/services.ts, commit 2ce8d76): every service of a type is point-tested and
 * every outside one gets a lower bound and a place in one sorted list. The property test
 * services-kernel.test.ts checks the indexed kernel returns exactly this on random proposals.
 */
import { SERVICE_TYPE_IDS, type ServiceType } from '../../../src/data/schema';
import { EARTH_RADIUS_M, haversineM } from '../../../src/analysis/geometry/area';
import type { ProposalContext } from '../../../src/analysis/proposal-context';
import type { ServiceIndex } from '../../../src/analysis/services-index';
import type { NearestService, ServiceRef, ServicesResult, ServiceTypeResult } from '../../../src/analysis/types';

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

export function servicesForReference(ctx: ProposalContext, s: ServiceIndex | null): ServicesResult {
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
