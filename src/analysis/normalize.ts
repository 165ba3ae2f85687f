/**
 * Turn an untrusted proposal geometry into a Shape, or refuse it with problems. Never throws.
 *
 * Refused (severity 'error', no figures): not a Polygon/MultiPolygon, no usable ring, non-finite
 * numbers, coordinates outside lon ±180 / lat ±90 (e.g. British National Grid metres), or more
 * than MAX_VERTICES vertices (so analysis time stays bounded).
 */
import type { Position } from 'geojson';
import { shapeFromPolygons, type Shape } from './geometry/shape';
import type { Problem } from './types';

/** Largest vertex count analysed; above it the proposal is refused (keeps analysis bounded). */
export const MAX_VERTICES = 100_000;

export interface Normalized {
  shape: Shape | null;
  problems: Problem[];
  /** Vertices as given (before dropping duplicates). */
  rawVertexCount: number;
}

const refuse = (problems: Problem[], rawVertexCount = 0): Normalized => ({ shape: null, problems, rawVertexCount });

/** Polygons as arrays of rings, or null if the structure is not GeoJSON polygonal at all. */
function polygonsOf(geometry: unknown): unknown[] | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || !Array.isArray(g.coordinates)) return null;
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return null;
}

interface Scan {
  polygons: Position[][][];
  vertices: number;
  nonFinite: number;
  outOfRange: number;
  malformed: number;
  looksLikeBng: boolean;
}

function lonSpan(polygons: Position[][][]): number {
  let min = Infinity;
  let max = -Infinity;
  for (const poly of polygons) for (const ring of poly) for (const p of ring) {
    min = Math.min(min, p[0] as number);
    max = Math.max(max, p[0] as number);
  }
  return max - min;
}

function scan(polygons: unknown[]): Scan {
  const s: Scan = { polygons: [], vertices: 0, nonFinite: 0, outOfRange: 0, malformed: 0, looksLikeBng: true };
  for (const polygon of polygons) {
    if (!Array.isArray(polygon)) {
      s.malformed++;
      continue;
    }
    const rings: Position[][] = [];
    for (const ring of polygon) {
      if (!Array.isArray(ring)) {
        s.malformed++;
        continue;
      }
      // A repeated closing position is not a vertex.
      const closed = ring.length > 1 && Array.isArray(ring[0]) && Array.isArray(ring[ring.length - 1]) && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
      s.vertices += closed ? ring.length - 1 : ring.length;
      if (s.vertices > MAX_VERTICES) return s;
      for (const p of ring) {
        if (!Array.isArray(p) || p.length < 2) s.malformed++;
        else if (typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) s.nonFinite++;
        else {
          const [x, y] = p as [number, number];
          if (Math.abs(x) > 180 || Math.abs(y) > 90) s.outOfRange++;
          if (!(x >= 0 && x <= 700_000 && y >= 0 && y <= 1_300_000)) s.looksLikeBng = false;
        }
      }
      rings.push(ring as Position[]);
    }
    s.polygons.push(rings);
  }
  return s;
}

export function normalizeGeometry(geometry: unknown): Normalized {
  const polygons = polygonsOf(geometry);
  if (!polygons) {
    return refuse([{ code: 'empty', severity: 'error', message: 'The proposal has no polygon to analyse (expected a Polygon or MultiPolygon).' }]);
  }
  const s = scan(polygons);
  if (s.vertices > MAX_VERTICES) {
    return refuse(
      [{ code: 'too-many-vertices', severity: 'error', message: `The boundary has more than ${MAX_VERTICES.toLocaleString('en-GB')} vertices; simplify it before analysing.` }],
      s.vertices,
    );
  }
  if (s.malformed > 0 || s.nonFinite > 0) {
    const n = s.malformed + s.nonFinite;
    return refuse([{ code: 'invalid-coordinates', severity: 'error', message: `${n} coordinate${n === 1 ? ' is' : 's are'} not a pair of finite numbers (NaN, missing or malformed).` }], s.vertices);
  }
  if (s.outOfRange > 0) {
    const hint = s.looksLikeBng
      ? ' They look like British National Grid (EPSG:27700) metres: reproject to longitude/latitude first.'
      : '';
    return refuse([{ code: 'out-of-range', severity: 'error', message: `${s.outOfRange} coordinates lie outside longitude ±180° / latitude ±90°.${hint}` }], s.vertices);
  }
  const problems: Problem[] = [];
  if (lonSpan(s.polygons) > 180) {
    // RFC 7946: edges are straight in lon/lat and antimeridian crossings must be split, so the
    // ring is read as drawn (the long way round); say so, as it was probably meant otherwise.
    problems.push({
      code: 'out-of-range',
      severity: 'warning',
      message: 'The boundary spans more than 180° of longitude. It is read as drawn (GeoJSON rule); if it was meant to cross the antimeridian, split it there.',
    });
  }
  const shape = shapeFromPolygons(s.polygons);
  const givenRings = s.polygons.reduce((n, p) => n + p.length, 0);
  if (shape.rings.length === 0) {
    return refuse([{ code: 'empty', severity: 'error', message: 'The proposal has no ring with at least 3 distinct vertices.' }], s.vertices);
  }
  if (shape.rings.length < givenRings) {
    const dropped = givenRings - shape.rings.length;
    problems.push({ code: 'too-few-vertices', severity: 'warning', message: `${dropped} ring${dropped === 1 ? '' : 's'} with fewer than 3 distinct vertices ignored.` });
  }
  return { shape, problems, rawVertexCount: s.vertices };
}
