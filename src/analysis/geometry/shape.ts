/**
 * A polygonal area in flat arrays, the form every geometry routine here works on.
 *
 * Coordinates are EPSG:4326 lon/lat degrees, interleaved [x0, y0, x1, y1, ...]; the closing vertex
 * is NOT repeated. `parts` groups ring indices per polygon (outer ring first, then holes) so
 * clipping libraries get the GeoJSON structure back; point-in-polygon and areas read all rings
 * with the even-odd rule, which treats holes, MultiPolygon parts and bow-ties uniformly.
 */
import type { Position } from 'geojson';

export type BBox = [minX: number, minY: number, maxX: number, maxY: number];
export type FlatRing = Float64Array;

export interface Shape {
  rings: FlatRing[];
  /** Ring indices per polygon: [outer, ...holes]. */
  parts: number[][];
  bbox: BBox;
  vertexCount: number;
}

/** Positions → flat ring, dropping a repeated closing vertex and consecutive duplicates. */
export function flattenRing(positions: readonly Position[]): FlatRing {
  const out: number[] = [];
  for (const p of positions) {
    const x = p[0] as number;
    const y = p[1] as number;
    const n = out.length;
    if (n >= 2 && out[n - 2] === x && out[n - 1] === y) continue;
    out.push(x, y);
  }
  if (out.length >= 4 && out[0] === out[out.length - 2] && out[1] === out[out.length - 1]) out.length -= 2;
  return Float64Array.from(out);
}

export function emptyBBox(): BBox {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

export function extendBBox(b: BBox, ring: FlatRing): void {
  for (let i = 0; i < ring.length; i += 2) {
    const x = ring[i] as number;
    const y = ring[i + 1] as number;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
}

/** Build a Shape from polygons given as GeoJSON rings (numbers assumed finite; see normalize.ts). */
export function shapeFromPolygons(polygons: readonly (readonly (readonly Position[])[])[]): Shape {
  const rings: FlatRing[] = [];
  const parts: number[][] = [];
  const bbox = emptyBBox();
  let vertexCount = 0;
  for (const polygon of polygons) {
    const part: number[] = [];
    for (const positions of polygon) {
      const ring = flattenRing(positions);
      if (ring.length < 6) continue; // fewer than 3 vertices encloses nothing
      part.push(rings.length);
      rings.push(ring);
      extendBBox(bbox, ring);
      vertexCount += ring.length / 2;
    }
    if (part.length > 0) parts.push(part);
  }
  return { rings, parts, bbox, vertexCount };
}

/** Shape → GeoJSON MultiPolygon coordinates (rings closed), e.g. for turf. */
export function shapeToCoordinates(shape: Shape): Position[][][] {
  return shape.parts.map((part) => part.map((r) => ringToPositions(shape.rings[r] as FlatRing)));
}

export function ringToPositions(ring: FlatRing): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i += 2) out.push([ring[i] as number, ring[i + 1] as number]);
  if (out.length > 0) out.push([ring[0] as number, ring[1] as number]);
  return out;
}

export function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
