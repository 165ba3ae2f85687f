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
import { bboxLowerBoundM, nearestOnBoundary } from './services-distance';
import type { NearestService, ServiceRef, ServicesResult, ServiceTypeResult } from './types';

const RAD = Math.PI / 180;
const ALL_TYPES = SERVICE_TYPE_IDS;

/** First search radius (m) for the nearest service outside; it grows ×4 until the answer is settled. */
const FIRST_RADIUS_M = 1000;
/** Beyond this every point on Earth is within the radius, so the search has seen them all. */
const WHOLE_EARTH_M = 1e8;

interface Candidate {
  i: number;
  lb: number;
}

/**
 * Outside services of one type whose lower bound is < radiusM, in ascending (lower bound, feature
 * index). The box searched is a superset (degrees: radius over the smallest cos of latitude it can
 * reach); the exact lower bound then filters it.
 */
function candidatesWithin(ctx: ProposalContext, s: ServiceIndex, type: ServiceType, inside: ReadonlySet<number>, radiusM: number): Candidate[] {
  const members = s.byType.get(type) ?? [];
  const index = s.typeIndex.get(type);
  if (!index) return [];
  const [minX, minY, maxX, maxY] = ctx.shape.bbox;
  const dDeg = (radiusM / (0.99 * RAD * EARTH_RADIUS_M)) * 1.001 + 1e-9;
  const reach = Math.min(89.9, Math.max(Math.abs(minY - dDeg), Math.abs(maxY + dDeg), Math.abs(minY), Math.abs(maxY)));
  const dxDeg = dDeg / Math.cos(reach * RAD) + 1e-9;
  const out: Candidate[] = [];
  index.search(minX - dxDeg, minY - dDeg, maxX + dxDeg, maxY + dDeg, (k) => {
    const i = members[k] as number;
    if (inside.has(i) || !s.props[i]) return false;
    const lb = bboxLowerBoundM(ctx, s.x[i] as number, s.y[i] as number);
    if (lb < radiusM) out.push({ i, lb });
    return false;
  });
  return out.sort((a, b) => a.lb - b.lb || a.i - b.i);
}

/**
 * Nearest service of a type outside the proposal. Visits candidates by ascending lower bound and
 * stops once the bound reaches the best distance. Only the prefix of that order with bound < R is
 * built; when it runs out before the stop, R grows. A prefix that ends with the best distance ≤ R
 * gives the same answer as the full order, since every later bound is ≥ R.
 */
function nearestOutside(ctx: ProposalContext, s: ServiceIndex, type: ServiceType, inside: ReadonlySet<number>, outsideCount: number): NearestService | null {
  for (let radiusM = FIRST_RADIUS_M; ; radiusM *= 4) {
    const order = candidatesWithin(ctx, s, type, inside, radiusM);
    let best: NearestService | null = null;
    let stopped = false;
    for (const { i, lb } of order) {
      if (best && lb >= best.distanceM) {
        stopped = true;
        break;
      }
      const px = s.x[i] as number;
      const py = s.y[i] as number;
      const [qx, qy] = nearestOnBoundary(ctx, px, py);
      const d = haversineM(px, py, qx, qy);
      const p = s.props[i];
      if (p && (!best || d < best.distanceM)) best = { id: p.id, name: p.name, distanceM: Math.round(d) };
    }
    if (stopped || order.length >= outsideCount || (best && best.distanceM <= radiusM) || radiusM > WHOLE_EARTH_M) return best;
  }
}

export function servicesFor(ctx: ProposalContext, s: ServiceIndex | null): ServicesResult {
  const byType: Partial<Record<ServiceType, ServiceTypeResult>> = {};
  if (!s) return { byType, missingTypes: [...ALL_TYPES] };
  const [minX, minY, maxX, maxY] = ctx.shape.bbox;
  for (const [type, members] of s.byType) {
    // Only points in the proposal's bbox can be inside it.
    const inBox: number[] = [];
    s.typeIndex.get(type)?.search(minX, minY, maxX, maxY, (k) => {
      inBox.push(members[k] as number);
      return false;
    });
    const inside: ServiceRef[] = [];
    const insideSet = new Set<number>();
    for (const i of inBox) {
      const p = s.props[i];
      if (!p || !ctx.inside(s.x[i] as number, s.y[i] as number)) continue;
      inside.push({ id: p.id, name: p.name });
      insideSet.add(i);
    }
    inside.sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') || a.id.localeCompare(b.id));
    // props is features.map(...), so every member has one; a missing one only makes the search run to WHOLE_EARTH_M.
    const outsideCount = members.length - inside.length;
    byType[type] = { inside, nearestOutside: nearestOutside(ctx, s, type, insideSet, outsideCount) };
  }
  return { byType, missingTypes: ALL_TYPES.filter((t) => !s.byType.has(t)) };
}

/** Services block for a proposal that was not analysed: nothing inside, which types have data. */
export function noServices(s: ServiceIndex | null): ServicesResult {
  return { byType: {}, missingTypes: s ? ALL_TYPES.filter((t) => !s.byType.has(t)) : [...ALL_TYPES] };
}
