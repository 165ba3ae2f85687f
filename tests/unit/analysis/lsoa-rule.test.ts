/**
 * The headline population's LSOA rule (src/analysis/best-fit.ts) and the OA control to published
 * LSOA figures (src/analysis/control-to-lsoa.ts): hand-made fixtures for the control, real data
 * (public/data) for the rule, fast-check for the invariants.
 */
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analysis/analyse';
import { LSOA_GRAZE_SHARE, lsoaRule } from '../../../src/analysis/best-fit';
import { controlToLsoaTotals } from '../../../src/analysis/control-to-lsoa';
import type { Prepared } from '../../../src/analysis/prepare';
import type { AppData } from '../../../src/data/schema';
import { realData } from './real-data';

let data: AppData;
let prep: Prepared;
beforeAll(async () => {
  ({ data, prep } = await realData({ boroughs: true, lsoa: 'Census 2021', oa: 'Census 2021' }, 'lsoa-rule.test.ts'));
});

/** Mean of a ring's vertices (lon, lat), the centre the tests scale about. */
function vertexMean(ring: readonly Position[]): [number, number] {
  let sx = 0;
  let sy = 0;
  for (const [x = 0, y = 0] of ring) {
    sx += x / ring.length;
    sy += y / ring.length;
  }
  return [sx, sy];
}

const run = (coordinates: Position[][]) => analyse(prep, { id: 'p', name: 'p', kind: 'parish', geometry: { type: 'Polygon', coordinates } as Polygon });

describe('controlToLsoaTotals (fixtures)', () => {
  // Fixture: two LSOAs; LSOA 0 holds OAs 0..2 (published 100 + 100 + 101 = 301, LSOA figure 303),
  // LSOA 1 holds OAs 3..4 (50 + 50 = 100, LSOA figure 99). OA codes break ties.
  const residents = [100, 100, 101, 50, 50];
  const start = [0, 3, 5];
  const members = [0, 1, 2, 3, 4];
  const codes = ['E00000003', 'E00000001', 'E00000002', 'E00000005', 'E00000004'];

  it('hits each LSOA figure exactly by largest remainder, ties to the smaller OA code', () => {
    const out = Array.from(controlToLsoaTotals(residents, [303, 99], start, members, codes));
    // 303/301 × (100, 100, 101) = 100.66, 100.66, 101.67 → floors 100, 100, 101 (301); 2 left go to the
    // two largest fractions, 101.67 (OA 2) and then the tie 100.66 / 100.66 to the smaller code, OA 1 (E00000001).
    expect(out.slice(0, 3)).toEqual([100, 101, 102]);
    // 99/100 × (50, 50) = 49.5, 49.5 → floors 49 + 49 = 98; 1 left → the tie to E00000004 (OA 4).
    expect(out.slice(3)).toEqual([49, 50]);
  });

  it('leaves an LSOA whose OAs already add up untouched', () => {
    expect(Array.from(controlToLsoaTotals(residents, [301, 100], start, members, codes))).toEqual(residents);
  });

  it('for any counts: each LSOA sums to its figure, each OA moves by less than its share of the gap + 1', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat({ max: 600 }), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 6, maxLength: 6 }), (groups, gaps) => {
        const res = groups.flat();
        const st = [0];
        for (const g of groups) st.push((st.at(-1) as number) + g.length);
        const ids = res.map((_, i) => i);
        const names = res.map((_, i) => `E${String(1000 - i).padStart(8, '0')}`);
        const targets = groups.map((g, l) => Math.max(0, g.reduce((a, b) => a + b, 0) + (gaps[l] as number)));
        const out = controlToLsoaTotals(res, targets, st, ids, names);
        groups.forEach((g, l) => {
          const slice = Array.from(out.slice(st[l], st[l + 1]));
          expect(slice.reduce((a, b) => a + b, 0)).toBe(targets[l]);
          const sum = g.reduce((a, b) => a + b, 0);
          slice.forEach((v, k) => {
            expect(Number.isInteger(v) && v >= 0).toBe(true);
            const exact = sum > 0 ? ((g[k] as number) * (targets[l] as number)) / sum : (targets[l] as number) / g.length;
            expect(Math.abs(v - exact)).toBeLessThan(1);
          });
        });
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });
});

describe('the LSOA rule', () => {
  it('classifies by the share inside: ≥ 99.5% whole, ≤ 0.5% none, between split', () => {
    expect(LSOA_GRAZE_SHARE).toBe(0.005);
    expect(lsoaRule({ cut: false, share: 1 })).toBe('whole');
    expect(lsoaRule({ cut: true, share: 0.995 })).toBe('whole');
    expect(lsoaRule({ cut: true, share: 0.9949 })).toBe('split');
    expect(lsoaRule({ cut: true, share: 0.5 })).toBe('split');
    expect(lsoaRule({ cut: true, share: 0.0051 })).toBe('split');
    expect(lsoaRule({ cut: true, share: 0.005 })).toBe('none');
    expect(lsoaRule({ cut: true, share: 0.001 })).toBe('none');
  });

  it('E00000022: an output-area centre just outside its own City LSOA stays in the City', () => {
    // E01000003 (City of London 001C) holds E00000022, whose centroid lies 0.6 m outside the
    // generalised LSOA polygon. The LSOA's own outline counts it (whole LSOA); an outline grown by
    // 2 m all round (so the centroid is inside) grazes neighbours by far under 0.5%: same count.
    const l = data.lsoa.features.findIndex((f) => f.properties.code === 'E01000003');
    const lsoa = data.lsoa.features[l];
    const oa = data.oa.codes.indexOf('E00000022');
    expect(l).toBeGreaterThanOrEqual(0);
    expect(data.oa.lsoa[oa]).toBe(l);
    if (!lsoa || lsoa.geometry.type !== 'Polygon') throw new Error('E01000003 is not a single polygon');
    const own = run(lsoa.geometry.coordinates);
    expect(own.population.estimate).toBe(lsoa.properties.population);
    expect(own.population.rule).toBe('lsoa-sum');
    const ring = lsoa.geometry.coordinates[0] as Position[];
    const [cx, cy] = vertexMean(ring);
    const grow = (k: number) => ring.map(([x = 0, y = 0]) => [cx + (x - cx) * k, cy + (y - cy) * k]);
    const grown = run([grow(1.01)]);
    // Grown 1% about its vertex mean: the LSOA counts whole, neighbours are grazed or split by centroid.
    expect(grown.population.estimate).toBeGreaterThanOrEqual(lsoa.properties.population);
    // Shrunk by 0.2% (0.4% of its area lost at the edge): all but wholly inside, so it counts whole,
    // E00000022 included; a plain centroid count would lose those 220 residents, and the range shows it.
    const shrunk = run([grow(0.998)]);
    expect(shrunk.population.lsoasGrazed).toBeGreaterThanOrEqual(1);
    expect(shrunk.population.estimate).toBe(lsoa.properties.population);
    expect(shrunk.population.estimate - shrunk.population.centroidsInside).toBe(prep.oa.residents[oa]);
    expect(shrunk.population.low).toBe(shrunk.population.centroidsInside);
    // Shrunk by 0.5% (1% of its area): really cut, so split by centroid, and E00000022 is out.
    const cut = run([grow(0.995)]);
    expect(cut.population.rule).toBe('best-fit');
    expect(cut.population.estimate).toBe(lsoa.properties.population - (prep.oa.residents[oa] as number));
  });

  it('a proposal and its complement split every LSOA between them, even when it grazes them (fast-check)', () => {
    // Each proposal is an LSOA's own outline scaled by 0.98–1.02 about its vertex mean: its own LSOA
    // and its neighbours are cut by shares around the 0.5% threshold, where the rule decides.
    const world: Position[] = [[-179, -89], [179, -89], [179, 89], [-179, 89], [-179, -89]];
    const polygons = data.lsoa.features.filter((f) => f.geometry.type === 'Polygon');
    fc.assert(
      fc.property(fc.nat({ max: polygons.length - 1 }), fc.double({ min: 0.98, max: 1.02, noNaN: true }), (i, k) => {
        const g = polygons[i]?.geometry as Polygon;
        const ring = g.coordinates[0] as Position[];
        const [cx, cy] = vertexMean(ring);
        const scaled = ring.map(([x = 0, y = 0]) => [cx + (x - cx) * k, cy + (y - cy) * k]);
        const inside = run([scaled]).population;
        const outside = run([world, [...scaled].reverse()]).population;
        expect(inside.estimate + outside.estimate).toBe(prep.oa.total);
        expect(inside.households + outside.households).toBe(data.oa.households.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 30, seed: 20261130 },
    );
  });
});
