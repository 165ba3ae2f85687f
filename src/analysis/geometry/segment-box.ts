/**
 * Does segment (ax,ay)-(bx,by) touch an axis-aligned box? Liang–Barsky parametric clip;
 * touching the box edge counts. Any planar coordinates (here EPSG:4326 degrees).
 */
import type { BBox } from './shape';

export function segmentTouchesBox(ax: number, ay: number, bx: number, by: number, box: BBox): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const p = [-dx, dx, -dy, dy];
  const q = [ax - box[0], box[2] - ax, ay - box[1], box[3] - ay];
  for (let i = 0; i < 4; i++) {
    const pi = p[i] as number;
    const qi = q[i] as number;
    if (pi === 0) {
      if (qi < 0) return false;
      continue;
    }
    const t = qi / pi;
    if (pi < 0) {
      if (t > t0) t0 = t;
    } else if (t < t1) t1 = t;
    if (t0 > t1) return false;
  }
  return true;
}
