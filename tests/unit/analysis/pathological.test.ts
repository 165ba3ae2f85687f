/**
 * Bad and odd geometry: the engine never throws, never hangs, and says what is wrong.
 */
import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analysis/analyse';
import { MAX_VERTICES } from '../../../src/analysis/normalize';
import type { Prepared } from '../../../src/analysis/prepare';
import type { AnalysisResult } from '../../../src/analysis/types';
import type { AppData } from '../../../src/data/schema';
import { realData } from './real-data';

let data: AppData;
let prep: Prepared;
beforeAll(async () => {
  ({ data, prep } = await realData({ boroughs: true, wards: true, lsoa: true, oa: true }, 'pathological.test.ts'));
});

const run = (geometry: unknown, kind: 'parish' | 'cid' = 'parish'): AnalysisResult =>
  // Deliberately untyped input: the engine must cope with whatever a file or a bug hands it.
  analyse(prep, { id: 'p', name: 'p', kind, geometry: geometry as Polygon });
const codes = (r: AnalysisResult) => r.problems.map((p) => p.code);
const circle = (n: number, r: number): Position[] => {
  const ring = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    return [-0.1 + r * 1.6 * Math.cos(a), 51.5 + r * Math.sin(a)] as Position;
  });
  return [...ring, ring[0] as Position];
};

describe('refused with a clear problem', () => {
  it.each([
    ['null geometry', null, 'empty'],
    ['a Point', { type: 'Point', coordinates: [0, 51] }, 'empty'],
    ['no rings', { type: 'Polygon', coordinates: [] }, 'empty'],
    ['a two-vertex ring', { type: 'Polygon', coordinates: [[[0, 51], [0.1, 51], [0, 51]]] }, 'empty'],
    ['NaN coordinates', { type: 'Polygon', coordinates: [[[0, 51], [Number.NaN, 51], [0.1, 51.1], [0, 51]]] }, 'invalid-coordinates'],
    ['strings for numbers', { type: 'Polygon', coordinates: [[['0', '51'], [0.1, 51], [0.1, 51.1], ['0', '51']]] }, 'invalid-coordinates'],
    ['latitude over 90', { type: 'Polygon', coordinates: [[[0, 51], [0.1, 95], [0.1, 51.1], [0, 51]]] }, 'out-of-range'],
  ])('%s', (_label, geometry, code) => {
    const r = run(geometry);
    expect(r.status).toBe('refused');
    expect(codes(r)).toEqual([code]);
    expect(r.population.estimate).toBe(0);
    expect(r.problems[0]?.message.length).toBeGreaterThan(10);
  });

  it('British National Grid metres are refused with a reprojection hint', () => {
    const r = run({ type: 'Polygon', coordinates: [[[530000, 180000], [531000, 180000], [531000, 181000], [530000, 180000]]] });
    expect(codes(r)).toEqual(['out-of-range']);
    expect(r.problems[0]?.message).toMatch(/EPSG:27700/);
  });

  it(`more than ${MAX_VERTICES.toLocaleString()} vertices is refused at once`, () => {
    const t = performance.now();
    const r = run({ type: 'Polygon', coordinates: [circle(MAX_VERTICES + 1, 0.05)] });
    expect(codes(r)).toEqual(['too-many-vertices']);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('analysed, with problems where due', () => {
  it(`a ${MAX_VERTICES.toLocaleString()}-vertex polygon finishes with the same count as a 2,000-vertex one`, () => {
    const big = run({ type: 'Polygon', coordinates: [circle(MAX_VERTICES, 0.05)] });
    const small = run({ type: 'Polygon', coordinates: [circle(2000, 0.05)] });
    expect(big.status).toBe('analysed');
    expect(big.vertexCount).toBe(MAX_VERTICES);
    expect(Math.abs(big.population.estimate - small.population.estimate) / small.population.estimate).toBeLessThan(0.01);
  });

  it('a bow-tie is flagged as self-intersecting and still gets even-odd figures', () => {
    const r = run({ type: 'Polygon', coordinates: [[[-0.15, 51.49], [-0.05, 51.53], [-0.05, 51.49], [-0.15, 51.53], [-0.15, 51.49]]] });
    expect(r.status).toBe('analysed');
    expect(codes(r)).toContain('self-intersection');
    expect(r.population.estimate).toBeGreaterThan(0);
    expect(r.population.areaWeighted).toBeGreaterThan(0);
    const left = run({ type: 'Polygon', coordinates: [[[-0.15, 51.49], [-0.1, 51.51], [-0.15, 51.53], [-0.15, 51.49]]] });
    const right = run({ type: 'Polygon', coordinates: [[[-0.05, 51.49], [-0.05, 51.53], [-0.1, 51.51], [-0.05, 51.49]]] });
    // Even-odd reading: the bow-tie is the two triangles meeting at (−0.1, 51.51), so their counts add up
    // exactly (each output area's centroid lies in one triangle or neither).
    expect(left.population.estimate).toBeGreaterThan(0);
    expect(right.population.estimate).toBeGreaterThan(0);
    expect(r.population.estimate).toBe(left.population.estimate + right.population.estimate);
    expect(r.population.households).toBe(left.population.households + right.population.households);
  });

  it('a zero-area (collinear) ring is an error with zero figures', () => {
    const r = run({ type: 'Polygon', coordinates: [[[-0.1, 51.5], [-0.09, 51.51], [-0.08, 51.52], [-0.1, 51.5]]] });
    expect(codes(r)).toContain('zero-area');
    expect(r.population.estimate).toBe(0);
    expect(r.areaHa).toBe(0);
  });

  it('a hole removes exactly what it covers: a borough with one of its LSOAs cut out', () => {
    const borough = data.boroughs.features.find((b) => b.properties.code === 'E09000007'); // Camden
    const lsoaIndex = data.lsoa.features.findIndex((l) => l.properties.boroughCode === 'E09000007' && l.geometry.type === 'Polygon');
    const lsoa = data.lsoa.features[lsoaIndex];
    if (!borough || borough.geometry.type !== 'Polygon' || !lsoa || lsoa.geometry.type !== 'Polygon') throw new Error('Camden test data not as expected');
    const whole = run(borough.geometry);
    const holed = run({ type: 'Polygon', coordinates: [borough.geometry.coordinates[0], lsoa.geometry.coordinates[0]] });
    // A whole LSOA counts at its published Census 2021 figure (its output areas are controlled to it).
    expect(holed.population.estimate).toBe(whole.population.estimate - lsoa.properties.population);
    expect(Math.abs(holed.population.areaWeighted - (whole.population.areaWeighted - lsoa.properties.population))).toBeLessThanOrEqual(1);
    expect(holed.areaHa).toBeLessThan(whole.areaHa);
  });

  it('a MultiPolygon of two boroughs sums them and fails the single-borough rule for a parish', () => {
    const [a, b] = data.boroughs.features.filter((f) => ['E09000007', 'E09000019'].includes(f.properties.code));
    if (!a || !b || a.geometry.type !== 'Polygon' || b.geometry.type !== 'Polygon') throw new Error('Camden/Islington test data not as expected');
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [a.geometry.coordinates, b.geometry.coordinates] };
    const r = run(multi);
    expect(r.population.estimate).toBe(run(a.geometry).population.estimate + run(b.geometry).population.estimate);
    expect(r.governance.singleBorough).toMatchObject({ value: 2, status: 'fail' });
    expect(codes(r)).toContain('crosses-borough');
    expect(run(multi, 'cid').governance.singleBorough.status).toBe('info');
  });

  it('antimeridian nonsense is flagged and read as drawn (RFC 7946), the long way round', () => {
    const r = run({ type: 'Polygon', coordinates: [[[179, 51], [-179, 51], [-179, 52], [179, 52], [179, 51]]] });
    expect(r.status).toBe('analysed');
    expect(codes(r)).toContain('out-of-range');
    // As drawn, the band 51°–52°N from −179° to 179° holds the London LSOAs south of 52°N: all of them.
    expect(r.population.estimate).toBe(prep.oa.total);
    const offLondon = run({ type: 'Polygon', coordinates: [[[179, -41], [-179, -41], [-179, -40], [179, -40], [179, -41]]] });
    expect(codes(offLondon)).toEqual(['out-of-range', 'outside-london']);
  });

  it('an unclosed ring is closed implicitly', () => {
    const closed = run({ type: 'Polygon', coordinates: [circle(50, 0.02)] });
    const open = run({ type: 'Polygon', coordinates: [circle(50, 0.02).slice(0, -1)] });
    expect(open.population.estimate).toBe(closed.population.estimate);
  });
});

describe('never throws', () => {
  it('on arbitrary JSON as geometry', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('Polygon', 'MultiPolygon'), coordinates: fc.anything() })), (g) => {
        const r = run(g);
        expect(['analysed', 'refused']).toContain(r.status);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
