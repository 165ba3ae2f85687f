/**
 * The overlap map's shapes (src/analysis/overlap-shapes.ts) on real data (public/data: the bundle's
 * 7 BIDs and Queen's Park parish) and on hand-made fixture boxes: each drawn piece's area matches
 * the engine's overlap figure, its residents come from the engine's population method, and the
 * shapes obey the set identities (fast-check).
 */
import { area as turfArea, booleanPointInPolygon, difference, featureCollection, multiPolygon, polygon } from '@turf/turf';
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/analysis/engine';
import { multiPolygonAreaM2, snapToGrid } from '../../../src/analysis/overlap-clip';
import { MIN_PIECE_M2 } from '../../../src/analysis/overlap-shapes';
import type { ProposalInput } from '../../../src/analysis/types';
import type { AppData } from '../../../src/data/schema';
import { realData } from './real-data';

let data: AppData;
let engine: Engine;
beforeAll(async () => {
  ({ data } = await realData({ boroughs: true, wards: true, lsoa: true, oa: true, bids: true, parishes: true }, 'overlap-shapes.test.ts'));
  engine = createEngine(data);
});

const box = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const proposal = (id: string, geometry: ProposalInput['geometry']): ProposalInput => ({ id, name: id, kind: 'cid', geometry });
const borough = (name: string): ProposalInput => {
  const f = data.boroughs.features.find((b) => b.properties.name === name);
  if (!f) throw new Error(`no borough ${name} in public/data`);
  return proposal(name, f.geometry);
};
// Southwark riverside (Bankside to London Bridge): three real BIDs.
const BANKSIDE = proposal('bankside', box(-0.105, 51.502, -0.085, 51.509));

describe('overlap shapes against the engine, real BIDs', () => {
  it.each([['a box over Bankside', () => BANKSIDE], ['Southwark', () => borough('Southwark')], ['the City of London', () => borough('City of London')]])(
    'for %s: one piece per BID the engine lists, with the engine area; the drawn polygon has that area',
    (_label, make) => {
      const input = make();
      const r = engine.analyse(input);
      const o = engine.overlapShapes(input);
      const bids = o.pieces.filter((p) => p.kind === 'bid');
      expect(r.bids?.length).toBeGreaterThan(0);
      expect(bids.map((p) => p.name).sort()).toEqual((r.bids ?? []).map((b) => b.name).sort());
      for (const b of r.bids ?? []) {
        const piece = bids.find((p) => p.id === b.id);
        if (!piece) throw new Error(`no piece for ${b.name}`);
        // The panel rounds to 0.01 ha (100 m²): the piece carries the unrounded engine figure.
        expect(Math.abs(piece.areaM2 / 1e4 - b.overlapHa)).toBeLessThanOrEqual(0.005 + 1e-9);
        // The polygon drawn: same area by the engine's area function, and by turf's spherical area.
        expect(Math.abs(piece.shapeAreaM2 - piece.areaM2) / piece.areaM2).toBeLessThan(1e-4);
        expect(Math.abs(turfArea(piece.geometry) - piece.areaM2) / piece.areaM2).toBeLessThan(5e-4);
        expect(piece.areaM2).toBeLessThanOrEqual(r.areaHa * 1e4 + 50);
        expect(piece.residents).toBeGreaterThanOrEqual(0);
        expect(piece.residents).toBeLessThanOrEqual(r.population.estimate);
      }
    },
  );

  it('a BID wholly inside the proposal: the piece is the BID, its residents are the engine figure for the BID itself', () => {
    const city = borough('City of London');
    const cheapside = data.bids?.features.find((f) => f.properties.name === 'Cheapside');
    if (!cheapside) throw new Error('public/data has no Cheapside BID');
    const piece = engine.overlapShapes(city).pieces.find((p) => p.name === 'Cheapside');
    const bidAlone = engine.analyse(proposal('cheapside', cheapside.geometry));
    expect(piece).toBeDefined();
    expect(Math.abs((piece?.areaM2 ?? 0) / 1e4 - bidAlone.areaHa)).toBeLessThan(0.01);
    expect(piece?.residents).toBe(bidAlone.population.estimate);
  });

  it('residents of a piece cut by the proposal: the engine figure for that piece drawn as a proposal', () => {
    const piece = engine.overlapShapes(BANKSIDE).pieces.find((p) => p.name === 'Team London Bridge');
    if (!piece) throw new Error('no Team London Bridge piece');
    expect(piece.residents).toBe(engine.analyse(proposal('piece', piece.geometry)).population.estimate);
    // Its label point lies inside the piece.
    expect(booleanPointInPolygon(piece.label, piece.geometry)).toBe(true);
  });

  it("the existing parish: a box over Queen's Park gives a parish piece with the engine's parish overlap", () => {
    const input = proposal('qp', box(-0.215, 51.526, -0.205, 51.531));
    const r = engine.analyse(input);
    const piece = engine.overlapShapes(input).pieces.find((p) => p.kind === 'parish');
    expect(piece?.name).toBe("Queen's Park");
    expect(Math.abs((piece?.areaM2 ?? 0) / 1e4 - (r.parishes?.[0]?.overlapHa ?? -1))).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(piece?.residents).toBeGreaterThan(0);
  });
});

describe('overlap shapes with reference layers and other proposals (fixture boxes)', () => {
  it('a reference-layer feature and another proposal each get a piece; the proposal itself is skipped', () => {
    const e = createEngine(data);
    e.setUserLayers([{ id: 'nbhd', name: 'Neighbourhood areas (fixture)', isBids: false, features: [{ type: 'Feature', properties: { name: 'Fixture area' }, geometry: box(-0.1, 51.505, -0.09, 51.515) }] }]);
    const other = proposal('other', box(-0.095, 51.5, -0.08, 51.506));
    const o = e.overlapShapes(BANKSIDE, { otherProposals: [BANKSIDE, other] });
    const ref = o.pieces.find((p) => p.kind === 'reference');
    expect(ref).toMatchObject({ name: 'Fixture area', layerName: 'Neighbourhood areas (fixture)', id: 'nbhd:0' });
    const r = e.analyse(BANKSIDE, { otherProposals: [BANKSIDE, other] });
    const prop = o.pieces.filter((p) => p.kind === 'proposal');
    expect(prop.map((p) => p.id)).toEqual(['other']);
    expect(Math.abs((prop[0]?.areaM2 ?? 0) / 1e4 - (r.proposalOverlaps[0]?.overlapHa ?? -1))).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Math.abs((ref?.areaM2 ?? 0) / 1e4 - (r.referenceLayers?.[0]?.overlaps[0]?.overlapHa ?? -1))).toBeLessThanOrEqual(0.005 + 1e-9);
  });

  it(`drops slivers under ${MIN_PIECE_M2} m² and counts them; a self-crossing boundary gets a note, not shapes`, () => {
    // Overlap ≈ 7 m × 5 m ≈ 35 m² at the corner.
    const a = proposal('a', box(-0.1, 51.5, -0.09, 51.51));
    const b = proposal('b', box(-0.0901, 51.50995, -0.08, 51.52));
    const o = engine.overlapShapes(a, { otherProposals: [b] });
    expect(o.pieces.filter((p) => p.kind === 'proposal')).toEqual([]);
    expect(o.sliversDropped).toBeGreaterThanOrEqual(1);
    // The sliver is named with its engine area, so the panel can say which overlap is missing from the map.
    const sliver = o.leftOut.find((l) => l.key === 'proposal:b');
    expect(sliver).toMatchObject({ kind: 'proposal', name: 'b', why: 'sliver' });
    expect(sliver?.areaM2).toBeLessThan(MIN_PIECE_M2);
    expect(sliver?.areaM2).toBeGreaterThan(0);
    // A bow tie over Bankside: no shapes, but every BID overlap the engine measures is listed as left out.
    const bowTie = proposal('bow', { type: 'Polygon', coordinates: [[[-0.105, 51.502], [-0.085, 51.509], [-0.085, 51.502], [-0.105, 51.509], [-0.105, 51.502]]] });
    const refused = engine.overlapShapes(bowTie);
    expect(refused.pieces).toEqual([]);
    expect(refused.blocked).toBe('self-crossing');
    const measured = (engine.analyse(bowTie).bids ?? []).filter((b) => b.overlapHa >= MIN_PIECE_M2 / 1e4).map((b) => b.name).sort();
    expect(measured.length).toBeGreaterThan(0);
    expect(refused.leftOut.filter((l) => l.why === 'self-crossing' && l.kind === 'bid').map((l) => l.name).sort()).toEqual(measured);
  });
});

describe('set identities (fast-check on random boxes and triangles in central London)', () => {
  const lon = fc.double({ min: -0.2, max: 0.0, noNaN: true });
  const lat = fc.double({ min: 51.48, max: 51.54, noNaN: true });
  const shapeArb = fc.oneof(
    fc.tuple(lon, lat, fc.double({ min: 0.002, max: 0.05, noNaN: true }), fc.double({ min: 0.002, max: 0.03, noNaN: true })).map(([x, y, w, h]) => box(x, y, x + w, y + h)),
    fc.tuple(lon, lat, lon, lat, lon, lat).map(([a, b, c, d, e, f]): Polygon => ({ type: 'Polygon', coordinates: [[[a, b], [c, d], [e, f], [a, b]] as Position[]] })),
  );

  it('overlap area ≤ min(area A, area B); area(A ∩ B) + area(A − B) = area(A)', () => {
    fc.assert(
      fc.property(shapeArb, shapeArb, (ga, gb) => {
        const a = proposal('a', ga);
        const b = proposal('b', gb);
        const o = engine.overlapShapes(a, { otherProposals: [b] });
        // Every overlap the engine measures is drawn (or, below the sliver threshold, counted as dropped).
        expect(o.notDrawn).toBe(0);
        const piece = o.pieces.find((p) => p.kind === 'proposal');
        if (!piece) return;
        const areaA = multiPolygonAreaM2({ type: 'MultiPolygon', coordinates: [ga.coordinates] });
        const areaB = multiPolygonAreaM2({ type: 'MultiPolygon', coordinates: [gb.coordinates] });
        // Tolerance: the clipper's input is snapped to 1e-9° (≈ 0.1 mm), which moves a 15 cm-wide sliver's area by ~0.01%.
        const slack = (m2: number) => m2 * 1e-4 + 1;
        expect(piece.shapeAreaM2).toBeLessThanOrEqual(Math.min(areaA, areaB) + slack(Math.min(areaA, areaB)));
        expect(piece.areaM2).toBeLessThanOrEqual(Math.min(areaA, areaB) * (1 + 1e-9));
        // turf.difference on the same snapped input the clipper gets (polyclip fails on 0 vs 5e-324).
        const [sa, sb] = [snapToGrid([ga.coordinates])[0] as Position[][], snapToGrid([gb.coordinates])[0] as Position[][]];
        const rest = difference(featureCollection([polygon(sa), polygon(sb)]));
        const restM2 = rest ? multiPolygonAreaM2(rest.geometry.type === 'Polygon' ? multiPolygon([rest.geometry.coordinates]).geometry : rest.geometry) : 0;
        expect(Math.abs(piece.shapeAreaM2 + restM2 - areaA)).toBeLessThan(slack(areaA));
        // The drawn piece and the engine's boundary-integrated figure agree.
        expect(Math.abs(piece.shapeAreaM2 - piece.areaM2)).toBeLessThan(slack(piece.areaM2));
      }),
      { numRuns: 30, seed: 20261130 },
    );
  });
});
