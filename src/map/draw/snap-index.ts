import Flatbush from 'flatbush';
import type { FeatureCollection, Position } from 'geojson';
import type { AreaGeometry } from '../../data/schema';

/** A pixel position in the map container, as terra-draw's project/unproject use. */
export interface ScreenPoint {
  x: number;
  y: number;
}
export type Projector = (lng: number, lat: number) => ScreenPoint;
export type Unprojector = (x: number, y: number) => { lng: number; lat: number };

/** Flat segment list (EPSG:4326 lon/lat) with a spatial index over the segments' boxes. */
export interface SegmentIndex {
  /** [x0, y0, x1, y1] per segment. */
  coords: Float64Array;
  index: Flatbush | null;
}

/** Every ring edge of every area, as segments, indexed for "what edges are near this point?". */
export function buildSegmentIndex(collections: FeatureCollection<AreaGeometry>[]): SegmentIndex {
  const flat: number[] = [];
  const pushRing = (ring: Position[]) => {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      if (a && b) flat.push(a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0);
    }
  };
  for (const collection of collections) {
    for (const f of collection.features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const polygon of polygons) polygon.forEach(pushRing);
    }
  }
  const coords = Float64Array.from(flat);
  const count = coords.length / 4;
  if (count === 0) return { coords, index: null };
  const index = new Flatbush(count);
  for (let i = 0; i < count; i++) {
    const [x0, y0, x1, y1] = [coords[i * 4] ?? 0, coords[i * 4 + 1] ?? 0, coords[i * 4 + 2] ?? 0, coords[i * 4 + 3] ?? 0];
    index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
  }
  index.finish();
  return { coords, index };
}

/** Closest point to p on segment ab, all in screen pixels. */
export function closestOnSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): ScreenPoint {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSq));
  return { x: a.x + t * dx, y: a.y + t * dy };
}

const dist = (a: ScreenPoint, b: ScreenPoint) => Math.hypot(a.x - b.x, a.y - b.y);

export interface SnapQuery {
  lng: number;
  lat: number;
  /** Snap when within this many screen pixels. Vertices win over edges within the same distance. */
  tolerancePx: number;
  project: Projector;
  unproject: Unprojector;
}

/**
 * The snap target for a pointer: the nearest segment end (vertex) within tolerance, else the nearest
 * point on a segment within tolerance; undefined when nothing is close. Distances are measured in
 * screen pixels, so snapping feels the same at every zoom. `extra` holds segments not in the
 * index (e.g. other proposals' edges), same layout as `coords`.
 */
export function snapPoint(segments: SegmentIndex, query: SnapQuery, extra?: Float64Array): Position | undefined {
  const p = query.project(query.lng, query.lat);
  const corner = query.unproject(p.x + query.tolerancePx, p.y + query.tolerancePx);
  const dLng = Math.abs(corner.lng - query.lng);
  const dLat = Math.abs(corner.lat - query.lat);
  const candidates: Float64Array[] = [];
  if (segments.index) {
    const hits = segments.index.search(query.lng - dLng, query.lat - dLat, query.lng + dLng, query.lat + dLat);
    candidates.push(Float64Array.from(hits.flatMap((i) => Array.from(segments.coords.subarray(i * 4, i * 4 + 4)))));
  }
  if (extra) candidates.push(extra);

  let bestVertex: { d: number; at: Position } | null = null;
  let bestEdge: { d: number; at: ScreenPoint } | null = null;
  for (const list of candidates) {
    for (let i = 0; i + 3 < list.length; i += 4) {
      const a = { lng: list[i] ?? 0, lat: list[i + 1] ?? 0 };
      const b = { lng: list[i + 2] ?? 0, lat: list[i + 3] ?? 0 };
      const pa = query.project(a.lng, a.lat);
      const pb = query.project(b.lng, b.lat);
      for (const [v, pv] of [[a, pa], [b, pb]] as const) {
        const d = dist(p, pv);
        if (d <= query.tolerancePx && (!bestVertex || d < bestVertex.d)) bestVertex = { d, at: [v.lng, v.lat] };
      }
      const onEdge = closestOnSegment(p, pa, pb);
      const d = dist(p, onEdge);
      if (d <= query.tolerancePx && (!bestEdge || d < bestEdge.d)) bestEdge = { d, at: onEdge };
    }
  }
  if (bestVertex) return bestVertex.at;
  if (bestEdge) {
    const ll = query.unproject(bestEdge.at.x, bestEdge.at.y);
    return [ll.lng, ll.lat];
  }
  return undefined;
}

/** Segments of polygon rings (e.g. other proposals), in the same flat layout as SegmentIndex.coords. */
export function ringSegments(geometries: AreaGeometry[]): Float64Array {
  const flat: number[] = [];
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1];
          const b = ring[i];
          if (a && b) flat.push(a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0);
        }
      }
    }
  }
  return Float64Array.from(flat);
}
