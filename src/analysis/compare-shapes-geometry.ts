/**
 * Polygon set operations for the compare map (compare-shapes.ts): the region of the plane that lies
 * in exactly a given set of the compared proposals. Clipping is turf (polyclip-ts) on GeoJSON
 * MultiPolygon coordinates, EPSG:4326 lon/lat; areas are the engine's equal-area m² (geometry/area.ts).
 */
import { difference, featureCollection, intersect, multiPolygon } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { ringAreaM2, shapeAreaM2 } from './geometry/area';
import { shapeFromPolygons } from './geometry/shape';

export type Coords = Position[][][];

const asMulti = (g: MultiPolygon['coordinates'] | Position[][], type: 'Polygon' | 'MultiPolygon'): Coords =>
  type === 'Polygon' ? [g as Position[][]] : (g as Coords);

/**
 * The part of the plane inside every area of `inside` and outside every area of `outside`; null
 * when it is empty. `inside` must hold at least one area.
 */
export function exactRegion(inside: readonly Coords[], outside: readonly Coords[]): Coords | null {
  let region: Coords | null = inside[0] ?? null;
  for (const other of inside.slice(1)) {
    if (!region) return null;
    const hit = intersect(featureCollection([multiPolygon(region), multiPolygon(other)]));
    region = hit ? asMulti(hit.geometry.coordinates, hit.geometry.type) : null;
  }
  if (!region) return null;
  const cut = outside.filter((o) => o.length > 0);
  if (cut.length === 0) return region;
  const rest = difference(featureCollection([multiPolygon(region), ...cut.map((o) => multiPolygon(o))]));
  return rest ? asMulti(rest.geometry.coordinates, rest.geometry.type) : null;
}

/** Equal-area m² of MultiPolygon coordinates (the engine's area function). */
export function coordsAreaM2(coords: Coords): number {
  return shapeAreaM2(shapeFromPolygons(coords));
}

/** A point well inside the region: the pole of inaccessibility of its largest part (≈ 1e-5°, ≈ 1 m, precise). */
export function regionLabelPoint(coords: Coords): [number, number] {
  let best: Position[][] = coords[0] ?? [];
  let bestArea = -1;
  for (const part of coords) {
    const outer = part[0];
    if (!outer) continue;
    const area = Math.abs(ringAreaM2(Float64Array.from(outer.flat())));
    if (area > bestArea) [best, bestArea] = [part, area];
  }
  const [x, y] = polylabel(best as number[][][], 1e-5);
  return [x, y];
}
