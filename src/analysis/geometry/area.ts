/**
 * Areas and lengths.
 *
 * Areas use the sinusoidal projection on turf's sphere (R = 6,371,008.8 m, central meridian 0°):
 * it is equal-area, so the shoelace formula on projected vertices gives m² that agree with
 * turf.area (spherical excess) to within 0.01% for London-sized shapes (tested), at a fraction
 * of the cost, and areas of pieces add up exactly. Lengths are haversine great-circle metres.
 */
import type { FlatRing, Shape } from './shape';

export const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

/** Signed area of one ring (its first n numbers, default all), m² (positive when counter-clockwise in lon/lat). */
export function ringAreaM2(ring: FlatRing, n: number = ring.length): number {
  if (n < 6) return 0;
  let sum = 0;
  let py = (ring[n - 1] as number) * RAD;
  let pxs = (ring[n - 2] as number) * RAD * Math.cos(py);
  for (let i = 0; i < n; i += 2) {
    const x = (ring[i] as number) * RAD;
    const y = (ring[i + 1] as number) * RAD;
    const xs = x * Math.cos(y);
    sum += pxs * y - xs * py;
    py = y;
    pxs = xs;
  }
  return (sum / 2) * EARTH_RADIUS_M * EARTH_RADIUS_M;
}

/**
 * Area of a shape, m²: per polygon, |outer| − Σ|holes| (GeoJSON reading, orientation-free).
 * A self-intersecting ring's signed lobes partly cancel; callers flag bow-ties as a problem.
 */
export function shapeAreaM2(shape: Shape): number {
  let total = 0;
  for (const part of shape.parts) {
    let partArea = 0;
    part.forEach((r, k) => {
      const a = Math.abs(ringAreaM2(shape.rings[r] as FlatRing));
      partArea += k === 0 ? a : -a;
    });
    total += Math.max(0, partArea);
  }
  return total;
}

/** Great-circle distance, m (haversine on the same sphere). */
export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Total length of all rings (closing edges included), m. */
export function shapePerimeterM(shape: Shape): number {
  let total = 0;
  for (const ring of shape.rings) {
    const n = ring.length;
    for (let i = 0; i < n; i += 2) {
      const j = i + 2 === n ? 0 : i + 2;
      total += haversineM(ring[i] as number, ring[i + 1] as number, ring[j] as number, ring[j + 1] as number);
    }
  }
  return total;
}
