/**
 * BIDs, parishes and service types absent from the real bundle, on hand-made fixtures
 * (tests/fixtures/analysis), over the real population data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analysis/analyse';
import { haversineM } from '../../../src/analysis/geometry/area';
import { prepareBids, prepareParishes, prepareServiceLayer, type Prepared } from '../../../src/analysis/prepare';
import { SERVICE_TYPE_IDS, type BidCollection, type ParishCollection, type ServiceCollection } from '../../../src/data/schema';
import { realData } from './real-data';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/analysis', name), 'utf8')) as T;
const box: Polygon = { type: 'Polygon', coordinates: [[[-0.14, 51.505], [-0.12, 51.505], [-0.12, 51.515], [-0.14, 51.515], [-0.14, 51.505]]] };

let prep: Prepared;
beforeAll(async () => {
  const real = await realData({ boroughs: true, wards: true, lsoa: true, oa: true }, 'fixtures.test.ts (BIDs, parishes and services come from tests/fixtures)');
  prep = {
    ...real.prep,
    bids: prepareBids(fixture<BidCollection>('bids.geojson')),
    parishes: prepareParishes(fixture<ParishCollection>('parishes.geojson')),
    services: prepareServiceLayer(fixture<ServiceCollection>('services.geojson')),
  };
});

const run = (geometry: Polygon = box) => analyse(prep, { id: 'fx', name: 'fx', kind: 'cid', geometry });

describe('BID overlaps (fixture)', () => {
  it('reports overlap area, share of the BID and share of the proposal; edge-touching BIDs are left out', () => {
    const bids = run().bids;
    expect(bids).not.toBeNull();
    expect(bids?.map((b) => b.id)).toEqual(['fixture-bid-a']);
    const a = bids?.[0];
    expect(a?.shareOfBid).toBeCloseTo(0.25, 2);
    expect(a?.shareOfProposal).toBeCloseTo(0.25, 2);
    // 0.01° × 0.005° at 51.51°N ≈ 692 m × 556 m ≈ 38.5 ha
    expect(a?.overlapHa).toBeGreaterThan(37.5);
    expect(a?.overlapHa).toBeLessThan(39.5);
  });

  it('is null, not empty, when no BID data is loaded', () => {
    // Prepared data with the BID layer explicitly absent (prepareBids(null)), whatever public/data holds.
    const bare: Prepared = { ...prep, bids: prepareBids(null) };
    expect(bare.bids).toBeNull();
    expect(analyse(bare, { id: 'x', name: 'x', kind: 'cid', geometry: box }).bids).toBeNull();
    // The same box with the fixture BIDs loaded reports them: null above means "no data", not "no overlap".
    expect(run().bids).not.toBeNull();
  });
});

describe('parish / neighbourhood-area overlaps (fixture)', () => {
  it('lists the parish wholly inside, not the far neighbourhood area', () => {
    const parishes = run().parishes;
    expect(parishes?.map((p) => p.name)).toEqual(['Fixture Parish']);
    expect(parishes?.[0]?.shareOfParish).toBe(1);
    expect(parishes?.[0]?.shareOfThis).toBeCloseTo(0.25, 2);
  });
});

describe('services by type (fixture)', () => {
  it('lists services inside with names and ids, the nearest outside with its distance, and types with no data', () => {
    const s = run().services;
    expect(s.byType.school?.inside).toEqual([{ id: 'fx-school-in', name: 'Fixture School Inside' }]);
    const nearest = s.byType.school?.nearestOutside;
    expect(nearest?.id).toBe('fx-school-out');
    // From (-0.10, 51.51) to the box's east edge at (-0.12, 51.51).
    expect(nearest?.distanceM).toBeCloseTo(haversineM(-0.1, 51.51, -0.12, 51.51), -1);
    expect(s.byType.gp?.inside).toEqual([{ id: 'fx-gp-in', name: null }]);
    expect(s.byType.gp?.nearestOutside).toBeNull();
    expect(s.byType.police?.inside).toEqual([]);
    expect(s.byType.police?.nearestOutside?.distanceM).toBeCloseTo(haversineM(-0.13, 51.52, -0.13, 51.515), -1);
    // The fixture holds gp, police and school points only: every other registered type is reported missing.
    const inFixture = ['gp', 'police', 'school'];
    expect(Object.keys(s.byType).sort()).toEqual(inFixture);
    const expectedMissing = SERVICE_TYPE_IDS.filter((t) => !inFixture.includes(t)).sort();
    expect(expectedMissing).toContain('library');
    expect(s.missingTypes.sort()).toEqual(expectedMissing);
  });
});

describe('overlaps with the user’s other proposals', () => {
  it('reports shares both ways and skips itself', () => {
    const half: Polygon = { type: 'Polygon', coordinates: [[[-0.13, 51.505], [-0.10, 51.505], [-0.10, 51.515], [-0.13, 51.515], [-0.13, 51.505]]] };
    const r = analyse(prep, { id: 'me', name: 'me', kind: 'parish', geometry: box }, {
      otherProposals: [
        { id: 'me', name: 'me', kind: 'parish', geometry: box },
        { id: 'other', name: 'Other', kind: 'cid', geometry: half },
        { id: 'far', name: 'Far', kind: 'cid', geometry: { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] } },
      ],
    });
    expect(r.proposalOverlaps.map((o) => o.id)).toEqual(['other']);
    expect(r.proposalOverlaps[0]?.shareOfThis).toBeCloseTo(0.5, 2);
    expect(r.proposalOverlaps[0]?.shareOfOther).toBeCloseTo(1 / 3, 2);
  });
});
