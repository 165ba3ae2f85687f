/**
 * Property tests (fast-check) on real data: the best-fit count partitions exactly.
 */
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analysis/analyse';
import type { Prepared } from '../../../src/analysis/prepare';
import { realData } from './real-data';

let prep: Prepared;
beforeAll(async () => {
  ({ prep } = await realData({ boroughs: true, wards: true, lsoa: true, oa: true }, 'invariants.test.ts'));
});

const run = (coordinates: Position[][]) => analyse(prep, { id: 'p', name: 'p', kind: 'parish', geometry: { type: 'Polygon', coordinates } as Polygon });
const close = (ring: Position[]): Position[] => [...ring, ring[0] as Position];

/** A random star-shaped ring around a centre in London (so it is simple, and may be concave). */
const starArb = fc
  .record({
    cx: fc.double({ min: -0.45, max: 0.2, noNaN: true }),
    cy: fc.double({ min: 51.33, max: 51.65, noNaN: true }),
    scale: fc.double({ min: 0.003, max: 0.08, noNaN: true }),
    radii: fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: 3, maxLength: 60 }),
  })
  .map(({ cx, cy, scale, radii }) => ({
    centre: [cx, cy] as Position,
    ring: radii.map((r, i) => {
      const a = (2 * Math.PI * i) / radii.length;
      return [cx + scale * r * 1.6 * Math.cos(a), cy + scale * r * Math.sin(a)] as Position;
    }),
  }));

const RUNS = { numRuns: 40, seed: 20261127 };

describe('population invariants (fast-check, real data)', () => {
  it('inside + outside (the complement within a world-sized box) = London total, exactly', () => {
    const world: Position[] = [[-179, -89], [179, -89], [179, 89], [-179, 89], [-179, -89]];
    fc.assert(
      fc.property(starArb, ({ ring }) => {
        const inside = run([close(ring)]).population.estimate;
        const outside = run([world, close([...ring].reverse())]).population.estimate;
        expect(inside + outside).toBe(prep.oa.total);
      }),
      RUNS,
    );
  });

  it('two halves (split along two spokes through the centre) add up to the whole, exactly', () => {
    // Half the runs put the centre exactly on an output-area centroid, so that centroid lies on
    // the shared boundary of both halves: the half-open rule must count it in exactly one.
    const withCentroidCentre = fc.tuple(starArb, fc.nat(), fc.boolean()).map(([star, oa, snap]) => {
      if (!snap) return star;
      const i = oa % prep.oa.count;
      const cx = prep.oa.x[i] as number;
      const cy = prep.oa.y[i] as number;
      const [x0, y0] = star.centre as [number, number];
      return { centre: [cx, cy] as Position, ring: star.ring.map(([x, y]) => [(x as number) - x0 + cx, (y as number) - y0 + cy] as Position) };
    });
    fc.assert(
      fc.property(withCentroidCentre, fc.nat(), fc.nat(), ({ centre, ring }, i0, j0) => {
        const n = ring.length;
        const i = i0 % n;
        const j = (i + 1 + (j0 % (n - 1))) % n;
        const walk = (from: number, to: number) => {
          const out: Position[] = [];
          for (let k = from; ; k = (k + 1) % n) {
            out.push(ring[k] as Position);
            if (k === to) return out;
          }
        };
        const a = run([close([centre, ...walk(i, j)])]).population;
        const b = run([close([centre, ...walk(j, i)])]).population;
        const whole = run([close(ring)]).population;
        expect(a.estimate + b.estimate).toBe(whole.estimate);
        expect(a.households + b.households).toBe(whole.households);
        // Area-weighted shares are real-valued: halves agree to rounding (1 person per half) plus clipping noise.
        expect(Math.abs(a.areaWeighted + b.areaWeighted - whole.areaWeighted)).toBeLessThanOrEqual(2 + whole.areaWeighted * 1e-6);
      }),
      RUNS,
    );
  });

  it('translating a proposal off London gives zero, with an outside-London error', () => {
    fc.assert(
      fc.property(starArb, fc.double({ min: 2, max: 60, noNaN: true }), ({ ring }, dx) => {
        const moved = ring.map(([x, y]) => [(x as number) + dx, y as number]);
        const r = run([close(moved)]);
        expect(r.population.estimate).toBe(0);
        expect(r.population.areaWeighted).toBe(0);
        expect(r.problems.map((p) => p.code)).toContain('outside-london');
      }),
      RUNS,
    );
  });

  it('does not depend on ring orientation or start vertex', () => {
    fc.assert(
      fc.property(starArb, fc.nat(), ({ ring }, s) => {
        const base = run([close(ring)]);
        const k = s % ring.length;
        const rotated = run([close([...ring.slice(k), ...ring.slice(0, k)])]);
        const reversed = run([close([...ring].reverse())]);
        for (const other of [rotated, reversed]) {
          expect(other.population.estimate).toBe(base.population.estimate);
          expect(Math.abs(other.population.areaWeighted - base.population.areaWeighted)).toBeLessThanOrEqual(1);
          expect(other.population.cutUnits.map((c) => c.code).sort()).toEqual(base.population.cutUnits.map((c) => c.code).sort());
          expect(other.areaHa).toBeCloseTo(base.areaHa, 1);
        }
      }),
      RUNS,
    );
  });
});
