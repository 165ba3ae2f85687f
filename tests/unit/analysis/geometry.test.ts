import { area as turfArea, featureCollection, intersect, polygon } from '@turf/turf';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { shapeAreaM2 } from '../../../src/analysis/geometry/area';
import { intersectionAreaM2, prepareUnitPolygon } from '../../../src/analysis/geometry/intersection-area';
import { createPointTester } from '../../../src/analysis/geometry/point-in-shape';
import { shapeFromPolygons } from '../../../src/analysis/geometry/shape';
import { createProposalContext } from '../../../src/analysis/proposal-context';

const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

describe('half-open point-in-polygon', () => {
  it('counts points on the shared edge of two adjacent polygons exactly once', () => {
    // Two squares sharing the slanted edge (0,0)-(1,1), ring directions opposite.
    const a = createPointTester(shapeFromPolygons([[[[0, 0], [1, 1], [0, 1], [0, 0]]]]));
    const b = createPointTester(shapeFromPolygons([[[[0, 0], [1, 0], [1, 1], [0, 0]]]]));
    for (let i = 0; i <= 1000; i++) {
      const t = i / 1000;
      expect(Number(a(t, t)) + Number(b(t, t))).toBe(i === 1000 ? 0 : 1); // top vertex: half-open in y
    }
  });

  it('treats holes and MultiPolygon parts by the even-odd rule', () => {
    const inside = createPointTester(shapeFromPolygons([[square(0, 0, 10, 10), square(2, 2, 4, 4)], [square(20, 0, 30, 10)]]));
    expect(inside(1, 1)).toBe(true);
    expect(inside(3, 3)).toBe(false);
    expect(inside(25, 5)).toBe(true);
    expect(inside(15, 5)).toBe(false);
  });
});

describe('areas (sinusoidal equal-area on the turf sphere)', () => {
  it('agrees with turf.area within 0.01% for London-sized shapes with data-like edges (≈100 m)', () => {
    const corners = [[-0.5, 51.3], [0.3, 51.28], [0.33, 51.7], [-0.1, 51.69]];
    // Densify: real boundaries have vertices every few tens of metres; long edges differ
    // between projections (the straight line in lon/lat is not the straight line on the map).
    const ring: Position[] = [];
    corners.forEach((a, i) => {
      const b = corners[(i + 1) % corners.length] as number[];
      for (let k = 0; k < 400; k++) ring.push([(a[0] as number) + ((b[0] as number) - (a[0] as number)) * (k / 400), (a[1] as number) + ((b[1] as number) - (a[1] as number)) * (k / 400)]);
    });
    ring.push(ring[0] as Position);
    const coords = [ring];
    const ours = shapeAreaM2(shapeFromPolygons([coords]));
    expect(Math.abs(ours - turfArea(polygon(coords))) / ours).toBeLessThan(1e-4);
  });

  it('subtracts holes and is orientation-free', () => {
    const withHole = shapeAreaM2(shapeFromPolygons([[square(0, 51, 0.1, 51.1), square(0.02, 51.02, 0.04, 51.04)]]));
    const reversed = shapeAreaM2(shapeFromPolygons([[[...square(0, 51, 0.1, 51.1)].reverse(), square(0.02, 51.02, 0.04, 51.04)]]));
    const whole = shapeAreaM2(shapeFromPolygons([[square(0, 51, 0.1, 51.1)]]));
    expect(withHole).toBeCloseTo(reversed, 3);
    expect(withHole).toBeLessThan(whole);
  });
});

describe('intersection area (boundary integration) against turf.intersect', () => {
  // Random star-shaped polygons near London, so some are concave.
  const star = fc
    .record({
      cx: fc.double({ min: -0.2, max: 0.0, noNaN: true }),
      cy: fc.double({ min: 51.45, max: 51.55, noNaN: true }),
      radii: fc.array(fc.double({ min: 0.005, max: 0.03, noNaN: true }), { minLength: 3, maxLength: 40 }),
    })
    .map(({ cx, cy, radii }) => {
      const ring: Position[] = radii.map((r, i) => {
        const a = (2 * Math.PI * i) / radii.length;
        return [cx + r * Math.cos(a) * 1.6, cy + r * Math.sin(a)];
      });
      ring.push(ring[0] as Position);
      return ring;
    });

  it('matches turf to 1e-6 of the unit area', () => {
    fc.assert(
      fc.property(star, star, (a, b) => {
        const unit = prepareUnitPolygon({ type: 'Polygon', coordinates: [b] });
        const ctx = createProposalContext(shapeFromPolygons([[a]]));
        const ours = intersectionAreaM2(ctx, unit);
        const t = intersect(featureCollection([polygon([a]), polygon([b])]));
        const theirs = t ? turfArea(t) : 0;
        // turf.area is spherical, ours sinusoidal: allow the 0.01% projection difference too.
        expect(Math.abs(ours - theirs)).toBeLessThan(2e-4 * Math.max(ours, theirs) + 1e-6 * unit.areaM2 + 1);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('counts shared (snapped) edges once: same unit, half of it, a neighbour', () => {
    const unitRing = square(0, 51, 0.1, 51.1);
    const unit = prepareUnitPolygon({ type: 'Polygon', coordinates: [unitRing] });
    const same = createProposalContext(shapeFromPolygons([[[...unitRing].reverse()]]));
    // Exact up to the ~0.1 mm tie-breaking shift (boundary-area.ts).
    expect(intersectionAreaM2(same, unit) / unit.areaM2).toBeCloseTo(1, 6);
    const leftHalf = createProposalContext(shapeFromPolygons([[square(0, 51, 0.05, 51.1)]]));
    const half = shapeAreaM2(shapeFromPolygons([[square(0, 51, 0.05, 51.1)]]));
    expect(Math.abs(intersectionAreaM2(leftHalf, unit) - half) / half).toBeLessThan(1e-6);
    const neighbour = createProposalContext(shapeFromPolygons([[square(0.1, 51, 0.2, 51.1)]]));
    expect(intersectionAreaM2(neighbour, unit) / unit.areaM2).toBeLessThan(1e-6);
    const overlappingEdge = createProposalContext(shapeFromPolygons([[square(0.05, 51.05, 0.1, 51.2)]]));
    const quarter = shapeAreaM2(shapeFromPolygons([[square(0.05, 51.05, 0.1, 51.1)]]));
    expect(Math.abs(intersectionAreaM2(overlappingEdge, unit) - quarter) / quarter).toBeLessThan(1e-6);
  });

  it('handles a proposal with a hole over a unit', () => {
    const unit = prepareUnitPolygon({ type: 'Polygon', coordinates: [square(0, 51, 0.1, 51.1)] });
    const ctx = createProposalContext(shapeFromPolygons([[square(-1, 50, 1, 52), square(0.02, 51.02, 0.04, 51.04)]]));
    const hole = shapeAreaM2(shapeFromPolygons([[square(0.02, 51.02, 0.04, 51.04)]]));
    expect(intersectionAreaM2(ctx, unit)).toBeCloseTo(unit.areaM2 - hole, -1);
  });
});
