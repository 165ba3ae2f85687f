/**
 * The geometry of one overlap piece: the real intersection polygon of two areas (turf.intersect,
 * i.e. polyclip-ts), its equal-area m² and a label point. Coordinates EPSG:4326 lon/lat.
 *
 * The analysis engine itself never clips (layer-overlap.ts integrates areas along the boundary:
 * ≈ 100× cheaper); clipping is done only here, for the few pieces the map draws.
 */
import { featureCollection, intersect, multiPolygon } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { ringAreaM2, shapeAreaM2 } from './geometry/area';
import { shapeFromPolygons, shapeToCoordinates, type BBox, type Shape } from './geometry/shape';

/** Margin (degrees, ≈ 1 m) added to the unit's bbox when pre-clipping the proposal to it. */
const PRECLIP_MARGIN_DEG = 1e-5;

/** Clips one ring to a box (Sutherland–Hodgman, one edge of the box at a time). Flat [x, y, ...] in, Position[] out. */
function clipRingToBox(ring: Float64Array, box: BBox): Position[] {
  let pts: Position[] = [];
  for (let i = 0; i < ring.length; i += 2) pts.push([ring[i] as number, ring[i + 1] as number]);
  const edges: [number, number, boolean][] = [
    [0, box[0], true],
    [0, box[2], false],
    [1, box[1], true],
    [1, box[3], false],
  ];
  for (const [axis, value, keepAbove] of edges) {
    const out: Position[] = [];
    const inside = (p: Position) => (keepAbove ? (p[axis] as number) >= value : (p[axis] as number) <= value);
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i] as Position;
      const b = pts[(i + 1) % pts.length] as Position;
      const ain = inside(a);
      const bin = inside(b);
      if (ain) out.push(a);
      if (ain !== bin) {
        const t = (value - (a[axis] as number)) / ((b[axis] as number) - (a[axis] as number));
        const x = (a[0] as number) + t * ((b[0] as number) - (a[0] as number));
        const y = (a[1] as number) + t * ((b[1] as number) - (a[1] as number));
        out.push(axis === 0 ? [value, y] : [x, value]);
      }
    }
    pts = out;
    if (pts.length < 3) return [];
  }
  return pts;
}

/**
 * The proposal cut down to (a margin around) a box: clipping only the piece of a borough-sized
 * proposal near a small BID keeps polyclip's sweep short. The box clip may leave zero-width
 * spikes along the box edge; they lie outside the unit (the box has a margin), so the
 * intersection with the unit is unchanged.
 */
export function preclipToBox(shape: Shape, box: BBox): Position[][][] {
  const b: BBox = [box[0] - PRECLIP_MARGIN_DEG, box[1] - PRECLIP_MARGIN_DEG, box[2] + PRECLIP_MARGIN_DEG, box[3] + PRECLIP_MARGIN_DEG];
  const inBox = shape.bbox[0] >= b[0] && shape.bbox[1] >= b[1] && shape.bbox[2] <= b[2] && shape.bbox[3] <= b[3];
  if (inBox) return shapeToCoordinates(shape);
  const out: Position[][][] = [];
  for (const part of shape.parts) {
    const rings: Position[][] = [];
    for (const r of part) {
      const clipped = clipRingToBox(shape.rings[r] as Float64Array, b);
      // An outer ring clipped away (the first) takes its holes with it.
      if (clipped.length < 3 && rings.length === 0) break;
      if (clipped.length >= 3) rings.push([...clipped, clipped[0] as Position]);
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

/**
 * Grid the clipper's input is snapped to, degrees (1e-9° ≈ 0.1 mm): polyclip-ts fails to close
 * rings ("Unable to complete output ring") on near-coincident vertices such as 0 and 5e-324
 * (found by the fast-check test); snapping merges them and moves nothing a map can show.
 */
const SNAP_DEG = 1e-9;
export const snapToGrid = (polygons: Position[][][]): Position[][][] =>
  polygons.map((rings) => rings.map((ring) => ring.map((p) => [Math.round((p[0] as number) / SNAP_DEG) * SNAP_DEG, Math.round((p[1] as number) / SNAP_DEG) * SNAP_DEG])));

/**
 * Intersection of two polygonal areas (GeoJSON MultiPolygon coordinates), or null when they do not
 * overlap. Throws if the clipper fails on degenerate input (callers count and report that).
 */
export function intersectAreas(a: Position[][][], b: Position[][][]): MultiPolygon | null {
  if (a.length === 0 || b.length === 0) return null;
  const hit = intersect(featureCollection([multiPolygon(snapToGrid(a)), multiPolygon(snapToGrid(b))]));
  if (!hit) return null;
  const g = hit.geometry;
  return g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g;
}

/** Equal-area m² of a MultiPolygon (sinusoidal, geometry/area.ts: the engine's area function). */
export function multiPolygonAreaM2(g: MultiPolygon): number {
  return shapeAreaM2(shapeFromPolygons(g.coordinates));
}

/** A point well inside the piece (pole of inaccessibility of its largest part), ≈ 1e-5° (≈ 1 m) precise. */
export function labelPoint(g: MultiPolygon): [number, number] {
  let best = g.coordinates[0] ?? [];
  let bestArea = -1;
  for (const part of g.coordinates) {
    const outer = part[0];
    if (!outer) continue;
    const area = Math.abs(ringAreaM2(Float64Array.from(outer.slice(0, -1).flat())));
    if (area > bestArea) [best, bestArea] = [part, area];
  }
  const [x, y] = polylabel(best, 1e-5);
  return [x, y];
}
