import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildBids } from '../../../scripts/pipeline/layers/bids';
import { buildParishes } from '../../../scripts/pipeline/layers/parishes';
import { buildServices } from '../../../scripts/pipeline/layers/services';
import { readWards } from '../../../scripts/pipeline/layers/wards';
import { readBoroughs } from '../../../scripts/pipeline/layers/boroughs';
import { PolygonLookup } from '../../../scripts/pipeline/polygon-lookup';
import { FIXTURES, SOURCE_DIR, tempSource } from './temp-source';

// Layers the bundle does not have yet, tested on the hand-made fixtures in tests/fixtures/pipeline.
describe('optional layers in their official formats', () => {
  it('BIDs with the GLA field names, in British National Grid, are reprojected', async () => {
    const bids = await buildBids(join(FIXTURES, 'bids'));
    expect(bids?.features.map((f) => f.properties.name)).toEqual(['Fixture Square BID', 'Fixture Road BID']);
    expect(bids?.features[0]?.properties).toMatchObject({ id: 'bid-1', borough: 'Westminster', townCentre: 'West End', updated: '2025-05-12' });
    const ring = bids?.features[0]?.geometry.type === 'Polygon' ? bids.features[0].geometry.coordinates[0] : [];
    // BNG 529000, 180500 is in Westminster, near St James's Park.
    expect(ring?.[0]?.[0]).toBeCloseTo(-0.1425, 2);
    expect(ring?.[0]?.[1]).toBeCloseTo(51.5045, 2);
  });

  it('no BID file means null (the layer is reported missing)', async () => {
    expect(await buildBids(tempSource([]))).toBeNull();
  });

  it('parishes with ONS field names', () => {
    const parishes = buildParishes(join(FIXTURES, 'parishes'));
    expect(parishes?.features).toHaveLength(1);
    expect(parishes?.features[0]?.properties).toEqual({ code: 'E04999999', name: 'Fixture Parish', kind: 'parish' });
  });

  it('services from services-*.geojson and the GIAS schools CSV, open London schools only', () => {
    const boroughs = readBoroughs(SOURCE_DIR);
    const { features, sources } = buildServices(join(FIXTURES, 'services'), new PolygonLookup(boroughs.features), boroughs.codes);
    expect(features.map((f) => [f.properties.type, f.properties.name, f.properties.boroughCode])).toEqual([
      ['school', 'Fixture Primary School', 'E09000033'],
      ['gp', 'Fixture Surgery', 'E09000033'],
      ['school', 'Fixture Academy, Westminster', 'E09000033'],
    ]);
    expect(sources.map((s) => s.count)).toEqual([2, 1]);
  });

  it('wards: the newest vintage in the folder wins (the 2022 file over the 2013 one)', () => {
    const boroughs = new Set(readBoroughs(SOURCE_DIR).codes);
    const both = readWards(SOURCE_DIR, boroughs);
    expect([both.vintage, both.codes.length]).toEqual(['2022', 704]);
    const only2013 = readWards(tempSource(['wards-2013.geojson']), boroughs);
    expect([only2013.vintage, only2013.codes.length]).toEqual(['2013', 649]);
  });
});
