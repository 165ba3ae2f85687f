/**
 * Reference copy (test-only) of the services kernel as it was before the per-type flatbush
 * search (src/analysis/services.ts, commit 2ce8d76): every service of a type is point-tested and
 * every outside one gets a lower bound and a place in one sorted list. The property test
 * services-kernel.test.ts checks the indexed kernel returns exactly this on random proposals.
 */
import { SERVICE_TYPE_IDS, type ServiceType } from '../../../src/data/schema';
import { haversineM } from '../../../src/analysis/geometry/area';
import type { ProposalContext } from '../../../src/analysis/proposal-context';
import type { ServiceIndex } from '../../../src/analysis/services-index';
import { bboxLowerBoundM, nearestOnBoundary } from '../../../src/analysis/services-distance';
import type { NearestService, ServiceRef, ServicesResult, ServiceTypeResult } from '../../../src/analysis/types';

const ALL_TYPES = SERVICE_TYPE_IDS;

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
