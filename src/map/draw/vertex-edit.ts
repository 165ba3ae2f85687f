import type { Polygon, Position } from 'geojson';
import type { ScreenPoint } from './snap-index';

/** A vertex of a polygon: ring index and position index within the ring (the closing copy excluded). */
export interface VertexRef {
  ring: number;
  index: number;
}

/** The polygon vertex nearest to `p` within `tolerancePx` screen pixels, or null. */
export function nearestVertex(polygon: Polygon, p: ScreenPoint, project: (pos: Position) => ScreenPoint, tolerancePx: number): VertexRef | null {
  let best: (VertexRef & { d: number }) | null = null;
  polygon.coordinates.forEach((ring, r) => {
    // The last position repeats the first: skip it.
    for (let i = 0; i < ring.length - 1; i++) {
      const position = ring[i];
      if (!position) continue;
      const q = project(position);
      const d = Math.hypot(q.x - p.x, q.y - p.y);
      if (d <= tolerancePx && (!best || d < best.d)) best = { ring: r, index: i, d };
    }
  });
  if (!best) return null;
  const { ring, index } = best;
  return { ring, index };
}

/**
 * The polygon without one vertex, keeping each ring closed; null when the ring would fall below a
 * triangle (4 positions with the closing one), since that would no longer be an area.
 */
export function removeVertex(polygon: Polygon, vertex: VertexRef): Polygon | null {
  const ring = polygon.coordinates[vertex.ring];
  if (!ring || ring.length <= 4 || vertex.index < 0 || vertex.index >= ring.length - 1) return null;
  const open = ring.slice(0, -1).filter((_, i) => i !== vertex.index);
  const first = open[0];
  if (!first) return null;
  const closed = [...open, [...first]];
  return { type: 'Polygon', coordinates: polygon.coordinates.map((r, i) => (i === vertex.ring ? closed : r)) };
}

/** Coordinates rounded to `decimals` (terra-draw refuses more precision than it was configured for). */
export function roundPolygon(polygon: Polygon, decimals: number): Polygon {
  const f = 10 ** decimals;
  return {
    type: 'Polygon',
    coordinates: polygon.coordinates.map((ring) => ring.map(([x = 0, y = 0]) => [Math.round(x * f) / f, Math.round(y * f) / f])),
  };
}
