/**
 * Area of (proposal ∩ unit), m², for units the proposal boundary may cut.
 *
 * Units whose bbox no proposal edge passes through are wholly inside or outside (one point
 * test). Otherwise the overlap is integrated around its boundary (boundary-area.ts), using
 * only the proposal edges near the unit: a few hundred operations per unit, no allocation-heavy
 * polygon clipper (turf.intersect / polyclip-ts took ≈ 6 ms per LSOA here). For a
 * self-intersecting proposal, where orientation means nothing, the overlap is estimated by
 * sampling a grid of points with the even-odd test instead.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { ringAreaM2 } from './area';
import { boundaryIntersectionAreaM2, edgesAreaM2, edgesOfRings, type EdgeList } from './boundary-area';
import type { PointTester } from './point-in-shape';
import { createPointTester } from './point-in-shape';
import { shapeFromPolygons, type BBox, type FlatRing, type Shape } from './shape';

/** A unit polygon prepared once: flat shape (bbox, point tests), oriented edges and equal-area m². */
export interface UnitPolygon {
  shape: Shape;
  /** Outer rings counter-clockwise, holes clockwise. */
  edges: EdgeList;
  /** Equal-area m² (sinusoidal, see area.ts). */
  areaM2: number;
}

export function prepareUnitPolygon(geometry: Polygon | MultiPolygon): UnitPolygon {
  const shape = shapeFromPolygons(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
  const edges = edgesOfRings(orientedRings(shape));
  return { shape, edges, areaM2: Math.max(0, edgesAreaM2(edges)) };
}

/** The shape's rings oriented for signed-area sums: outer rings counter-clockwise, holes clockwise. */
export function orientedRings(shape: Shape): FlatRing[] {
  const out: FlatRing[] = [];
  for (const part of shape.parts) {
    part.forEach((r, k) => {
      const ring = shape.rings[r] as FlatRing;
      const ccw = ringAreaM2(ring) > 0;
      out.push(ccw === (k === 0) ? ring : reverseRing(ring));
    });
  }
  return out;
}

function reverseRing(ring: FlatRing): FlatRing {
  const out = new Float64Array(ring.length);
  for (let i = 0, j = ring.length - 2; j >= 0; i += 2, j -= 2) {
    out[i] = ring[j] as number;
    out[i + 1] = ring[j + 1] as number;
  }
  return out;
}

const SAMPLE_GRID = 32;

/** Even-odd estimate: share of a grid of sample points in the unit that are also in the proposal. */
export function sampledIntersectionM2(proposal: PointTester, unit: UnitPolygon): number {
  const unitTester = createPointTester(unit.shape);
  const [minX, minY, maxX, maxY] = unit.shape.bbox;
  let both = 0;
  let inUnit = 0;
  for (let i = 0; i < SAMPLE_GRID; i++) {
    const x = minX + ((i + 0.5) / SAMPLE_GRID) * (maxX - minX);
    for (let j = 0; j < SAMPLE_GRID; j++) {
      const y = minY + ((j + 0.5) / SAMPLE_GRID) * (maxY - minY);
      if (!unitTester(x, y)) continue;
      inUnit++;
      if (proposal(x, y)) both++;
    }
  }
  return inUnit === 0 ? 0 : (both / inUnit) * unit.areaM2;
}

/** What the intersection needs to know about the proposal (built by proposal-context.ts). */
export interface ClipSubject {
  /** Oriented edges (outer CCW, holes CW), in the order edgesTouchingBox indexes. */
  edges: EdgeList;
  /** Even-odd point test. */
  inside: PointTester;
  /** True for bow-ties etc.: orientation is then meaningless, so areas are sampled. */
  selfIntersecting: boolean;
  /** Indexes of the boundary edges passing through the box. */
  edgesTouchingBox(box: BBox): number[];
}

export function intersectionAreaM2(subject: ClipSubject, unit: UnitPolygon): number {
  const near = subject.edgesTouchingBox(unit.shape.bbox);
  if (near.length === 0) {
    // No boundary edge near the unit: it is wholly inside or wholly outside.
    const first = unit.shape.rings[0];
    return first && subject.inside(first[0] as number, first[1] as number) ? unit.areaM2 : 0;
  }
  if (subject.selfIntersecting) return sampledIntersectionM2(subject.inside, unit);
  const area = boundaryIntersectionAreaM2(subject.edges, near, subject.inside, unit.edges);
  return Math.max(0, Math.min(area, unit.areaM2));
}
