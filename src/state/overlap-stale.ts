/**
 * Which overlap pieces no longer match the proposals on the map. A piece is cut from the proposal's
 * geometry and, for a proposal-on-proposal piece, the other proposal's geometry too; once either is
 * reshaped (a new geometry object: proposals are immutable) or hidden, the piece shows a place that
 * no longer exists and must go at once, not when the new cut lands (~150 ms + the clip later).
 */
import type { OverlapShapesResult } from '../analysis/overlap-shapes';

/** The geometry objects a cut was made from: the proposal's own, and each other proposal's by id. */
export interface CutFrom {
  own: object;
  others: ReadonlyMap<string, object>;
}

/**
 * The shapes with every stale entry or piece removed, or null when nothing is stale (so callers
 * set nothing and the map is not redrawn on each drag frame after the first).
 * `geometryOf(id)` is the proposal's current geometry, undefined when it is gone, hidden or empty.
 */
export function withoutStale(
  shapes: Readonly<Record<string, OverlapShapesResult>>,
  cutFrom: ReadonlyMap<string, CutFrom>,
  geometryOf: (id: string) => object | undefined,
): Record<string, OverlapShapesResult> | null {
  let next: Record<string, OverlapShapesResult> | null = null;
  const edit = () => (next ??= { ...shapes });
  for (const [id, result] of Object.entries(shapes)) {
    const from = cutFrom.get(id);
    // Cut from a shape the proposal no longer has (or of unknown origin): the whole entry is stale.
    if (!from || geometryOf(id) !== from.own) {
      delete edit()[id];
      continue;
    }
    const fresh = (otherId: string) => geometryOf(otherId) === from.others.get(otherId);
    const stale = (p: { kind: string; key: string }) => p.kind === 'proposal' && !fresh(p.key.slice('proposal:'.length));
    if (result.pieces.some(stale) || result.leftOut.some(stale)) {
      const leftOut = result.leftOut.filter((l) => !stale(l));
      edit()[id] = {
        ...result,
        pieces: result.pieces.filter((p) => !stale(p)),
        leftOut,
        sliversDropped: leftOut.filter((l) => l.why === 'sliver').length,
        notDrawn: leftOut.filter((l) => l.why === 'not-cut').length,
      };
    }
  }
  return next;
}
