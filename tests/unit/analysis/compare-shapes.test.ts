/**
 * The compare map's differences (src/analysis/compare-shapes.ts): regions in exactly a set of the
 * compared proposals. Hand-made fixture rectangles (labelled below) for the geometry, fast-check for
 * the partition property, and real London data (wards, Census 2021 output areas) for residents.
 *
 * Tolerance for "only in A + shared pieces naming A = A's area": regions under MIN_PIECE_M2 are
 * dropped, so the sum may fall short by at most MIN_PIECE_M2 per set of proposals containing A
 * (2^(n-1) sets), plus clipping noise of 1e-6 of A's area (polyclip rounds to ~1e-9°).
 */
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analysis/analyse';
import { compareRegions, compareShapes, MIN_PIECE_M2, pieceLabel, type CompareInput, type CompareShapesResult } from '../../../src/analysis/compare-shapes';
import { coordsAreaM2 } from '../../../src/analysis/compare-shapes-geometry';
import type { Prepared } from '../../../src/analysis/prepare';
import type { AppData } from '../../../src/data/schema';
import { realData } from './real-data';

/** Fixture: an axis-aligned rectangle in lon/lat (EPSG:4326), [west, south, east, north]. */
function rect(w: number, s: number, e: number, n: number): Polygon {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}
const input = (id: string, geometry: CompareInput['geometry']): CompareInput => ({ id, name: id, geometry });
const areaOf = (p: CompareInput) => coordsAreaM2(p.geometry.type === 'Polygon' ? [p.geometry.coordinates] : p.geometry.coordinates);
const noResidents = () => 0;

/** For each input: |its area − (its "only in" piece + every shared piece naming it)| and the allowed tolerance (m²). */
function partitionErrors(inputs: readonly CompareInput[], result: CompareShapesResult) {
  return inputs.map((p) => {
    const area = areaOf(p);
    const pieces = result.pieces.filter((x) => x.inIds.includes(p.id)).reduce((s, x) => s + x.areaM2, 0);
    const tolerance = area * 1e-6 + MIN_PIECE_M2 * 2 ** (inputs.length - 1);
    return { error: Math.abs(area - pieces), tolerance };
  });
}

describe('compare differences: geometry (fixture rectangles near Westminster)', () => {
  // Fixture: A and B overlap in their middle third; C lies apart from both.
  const a = input('A', rect(-0.14, 51.5, -0.11, 51.51));
  const b = input('B', rect(-0.12, 51.5, -0.09, 51.51));
  const c = input('C', rect(-0.05, 51.52, -0.04, 51.53));

  it('two overlapping proposals: only in A, only in B and the shared part, each adding up to its proposal', () => {
    const result = compareRegions([a, b], noResidents);
    expect(result.problem).toBeNull();
    expect(result.pieces.map((p) => p.label)).toEqual(['Only in A', 'Only in B', 'In A and B']);
    const [onlyA, onlyB, both] = result.pieces;
    // The shared part is the rectangle -0.12..-0.11: a third of A's width.
    expect((both?.areaM2 ?? 0) / areaOf(a)).toBeCloseTo(1 / 3, 6);
    expect((onlyA?.areaM2 ?? 0) + (both?.areaM2 ?? 0)).toBeCloseTo(areaOf(a), 0);
    expect((onlyB?.areaM2 ?? 0) + (both?.areaM2 ?? 0)).toBeCloseTo(areaOf(b), 0);
    for (const e of partitionErrors([a, b], result)) expect(e.error).toBeLessThanOrEqual(e.tolerance);
    // The label point lies inside its piece: the shared piece's between -0.12 and -0.11.
    expect(both?.labelPoint[0]).toBeGreaterThan(-0.12);
    expect(both?.labelPoint[0]).toBeLessThan(-0.11);
  });

  it('a proposal apart from the others is wholly "only in" itself; nothing is shared with it', () => {
    const result = compareRegions([a, b, c], noResidents);
    const onlyC = result.pieces.find((p) => p.key === 'C');
    expect(onlyC?.areaM2).toBeCloseTo(areaOf(c), 0);
    expect(result.pieces.filter((p) => p.inIds.includes('C') && p.inIds.length > 1)).toEqual([]);
  });

  it('a proposal inside another has no "only in" piece, and names every set in words', () => {
    const inner = input('Inner', rect(-0.13, 51.502, -0.12, 51.508));
    const result = compareRegions([a, inner], noResidents);
    expect(result.pieces.map((p) => p.label)).toEqual(['Only in A', 'In A and Inner']);
    expect(pieceLabel(['A', 'B', 'C'], 3)).toBe('In all 3 (A, B and C)');
    expect(pieceLabel(['A', 'C'], 3)).toBe('In A and C');
  });

  it('refuses fewer than two or more than four proposals, with a reason', () => {
    expect(compareRegions([a], noResidents).problem).toMatch(/2 to 4/);
    expect(compareRegions([a, b, c, a, b].map((p, i) => ({ ...p, id: `${p.id}${i}` })), noResidents).problem).toMatch(/2 to 4/);
  });

  it('the pieces partition every proposal (fast-check: 2–4 random rectangles)', () => {
    const rectArb = fc
      .record({ x: fc.integer({ min: 0, max: 40 }), y: fc.integer({ min: 0, max: 40 }), w: fc.integer({ min: 1, max: 30 }), h: fc.integer({ min: 1, max: 30 }) })
      // Steps of 0.001° (≈ 70 m × 111 m), so rectangles share edges and corners as real drawings do.
      .map(({ x, y, w, h }) => rect(-0.2 + x / 1000, 51.48 + y / 1000, -0.2 + (x + w) / 1000, 51.48 + (y + h) / 1000));
    fc.assert(
      fc.property(fc.array(rectArb, { minLength: 2, maxLength: 4 }), (rects) => {
        const inputs = rects.map((g, i) => input(`p${i}`, g));
        const result = compareRegions(inputs, noResidents);
        expect(result.problem).toBeNull();
        for (const e of partitionErrors(inputs, result)) expect(e.error).toBeLessThanOrEqual(e.tolerance);
        // Every piece names a distinct set of proposals.
        expect(new Set(result.pieces.map((p) => p.key)).size).toBe(result.pieces.length);
      }),
      { numRuns: 60, seed: 20261130 },
    );
  });
});

describe('compare differences on real data (wards, Census 2021 output areas)', () => {
  let prep: Prepared;
  let data: AppData;
  beforeAll(async () => {
    ({ prep, data } = await realData({ boroughs: true, wards: true, lsoa: true, oa: true }, 'compare-shapes.test.ts'));
  });

  const proposal = (id: string, geometry: CompareInput['geometry']) => analyse(prep, { id, name: id, kind: 'parish', geometry });

  it('a ward against a box over part of it: only-in-ward + shared = the ward, in area and (within 2%) in residents', () => {
    // The first ward in the data, and a box over its western half (real geometry, any ward works).
    const ward = data.wards.features[0];
    if (!ward) throw new Error('no wards');
    const wardInput = input('Ward', ward.geometry);
    const xs = (ward.geometry.type === 'Polygon' ? ward.geometry.coordinates : ward.geometry.coordinates.flat()).flat().map((p: Position) => p[0] as number);
    const ys = (ward.geometry.type === 'Polygon' ? ward.geometry.coordinates : ward.geometry.coordinates.flat()).flat().map((p: Position) => p[1] as number);
    const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const boxInput = input('Box', rect(w - 0.01, s - 0.01, (w + e) / 2, n + 0.01));
    const result = compareShapes(prep, [wardInput, boxInput]);
    expect(result.problem).toBeNull();
    for (const e of partitionErrors([wardInput, boxInput], result)) expect(e.error).toBeLessThanOrEqual(e.tolerance);
    // The ward's area as the engine reports it (ha, 2 decimals) equals its two pieces.
    const engine = proposal('Ward', ward.geometry);
    const wardPieces = result.pieces.filter((p) => p.inIds.includes('Ward'));
    expect(wardPieces.map((p) => p.label)).toEqual(['Only in Ward', 'In Ward and Box']);
    expect(wardPieces.reduce((s, p) => s + p.areaM2, 0) / 1e4).toBeCloseTo(engine.areaHa, 1);
    // Residents: each piece counted by the engine's method; the cut through the ward splits its
    // output areas by centroid, so the two halves add up to the ward's figure closely, not exactly
    // (the 0.5% graze rule can treat a sliver differently on each side).
    const residents = wardPieces.reduce((s, p) => s + p.residents, 0);
    expect(engine.population.estimate).toBeGreaterThan(1000);
    expect(Math.abs(residents - engine.population.estimate) / engine.population.estimate).toBeLessThan(0.02);
    // The shared piece's residents are the engine's figure for that very polygon.
    const shared = wardPieces[1];
    if (!shared) throw new Error('no shared piece');
    expect(shared.residents).toBe(proposal('Shared', shared.geometry).population.estimate);
  });

  it('the meeting fixtures Fitzrovia and Bloomsbury (boxes over real data): pieces add up, residents by the engine', () => {
    const fitz = input('Fitzrovia', rect(-0.145, 51.515, -0.13, 51.525));
    const bloom = input('Bloomsbury', rect(-0.137, 51.515, -0.122, 51.525));
    const result = compareShapes(prep, [fitz, bloom]);
    expect(result.pieces.map((p) => p.label)).toEqual(['Only in Fitzrovia', 'Only in Bloomsbury', 'In Fitzrovia and Bloomsbury']);
    for (const e of partitionErrors([fitz, bloom], result)) expect(e.error).toBeLessThanOrEqual(e.tolerance);
    for (const piece of result.pieces) {
      expect(piece.residents).toBe(proposal(piece.key, piece.geometry).population.estimate);
      expect(piece.residents).toBeGreaterThan(0);
    }
  });
});
