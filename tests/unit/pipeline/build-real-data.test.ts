import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildData, type BuiltData } from '../../../scripts/pipeline/build';
import type { BoroughCollection, LsoaCollection, OaTable, WardCollection } from '../../../src/data/schema';
import { SOURCE_DIR, tempSource } from './temp-source';

// The real bundle: counts and totals from its SOURCES.md (Census 2021: LSOA table 8,799,790 residents,
// OA table 8,799,770 and 3,423,640 households).
let built: BuiltData;
const parse = <T>(id: keyof BuiltData['outputs']): T => JSON.parse(built.outputs[id]?.json ?? 'null') as T;

beforeAll(async () => {
  built = await buildData(SOURCE_DIR);
});

describe('build-data on the real source folder', () => {
  it('keeps every borough, ward, LSOA and output area', () => {
    expect(built.manifest.layers.boroughs).toMatchObject({ status: 'present', count: 33 });
    expect(built.manifest.layers.wards).toMatchObject({ status: 'present', count: 704, vintage: 'December 2022' });
    expect(built.manifest.layers.wards2013).toMatchObject({ status: 'present', count: 649, vintage: '2013' });
    expect(built.manifest.layers.lsoa).toMatchObject({ status: 'present', count: 4994 });
    expect(built.manifest.layers.oa).toMatchObject({ status: 'present', count: 26369 });
    expect(built.manifest.layers.msoa).toMatchObject({ status: 'present', count: 1002 });
    // SOURCES.md: 321 libraries, 2,926 schools, 5,416 health points, 102 fire stations, 3,177 places of worship.
    expect(built.manifest.layers.services).toMatchObject({
      status: 'present',
      count: 11_942,
      countsByType: { library: 321, school: 2926, gp: 1473, pharmacy: 1890, dentist: 1261, hospital: 186, 'health-centre': 606, fire: 102, 'place-of-worship': 3177 },
    });
    expect(built.manifest.layers.bids).toMatchObject({ status: 'present', count: 7 });
    expect(built.manifest.layers.parishes).toMatchObject({ status: 'present', count: 1 });
  });

  it('carries the Census 2021 totals through unchanged', () => {
    expect(built.manifest.totals).toEqual({ population: 8_799_790, households: 3_423_640, oaCount: 26_369, lsoaCount: 4_994 });
    const oa = parse<OaTable>('oa');
    expect(oa.residents.reduce((a, b) => a + b, 0)).toBe(8_799_770);
    expect(oa.lsoa.every((i) => i >= 0)).toBe(true);
    const boroughs = parse<BoroughCollection>('boroughs');
    expect(boroughs.features.reduce((sum, f) => sum + f.properties.population, 0)).toBe(8_799_790);
    const city = boroughs.features.find((f) => f.properties.code === 'E09000001');
    expect(city?.properties.population).toBeGreaterThan(8_000); // ONS published 8,600 for the City
    expect(city?.properties.population).toBeLessThan(9_000);
  });

  it('gives every LSOA a representative point, an area and age shares that sum to one', () => {
    const lsoa = parse<LsoaCollection>('lsoa');
    for (const { properties: p } of lsoa.features) {
      expect(p.areaM2).toBeGreaterThan(0);
      expect(p.repSource).toBe('pwc');
      expect(p.ageShares).not.toBeNull();
      const sum = Object.values(p.ageShares ?? {}).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 2);
    }
  });

  it('gives wards a best-fit population that adds up to London within the edge effect', () => {
    const wards = parse<WardCollection>('wards');
    const total = wards.features.reduce((sum, f) => sum + f.properties.population, 0);
    // Ward and OA-centroid sets are generalised separately; only centroids on the outer edge can fall outside.
    expect(Math.abs(total - 8_799_770) / 8_799_770).toBeLessThan(0.002);
  });

  it('credits ONS for the 2022 wards (from their sidecar) and the 2013 packaging only for the 2013 comparison layer', () => {
    const wards = built.manifest.layers.wards;
    if (wards.status !== 'present') throw new Error('wards missing');
    expect(wards.source).toMatch(/^ONS Open Geography Portal, Wards \(December 2022\)/);
    expect(wards.attribution).toMatch(/^Source: Office for National Statistics/);
    expect(wards.attribution).not.toMatch(/Chorley/);
    expect(wards.sources?.[0]).toMatchObject({ file: 'wards-2022.geojson', from: 'sidecar', complete: true });
    const old = built.manifest.layers.wards2013;
    expect(old.status === 'present' && old.attribution).toMatch(/Martin Chorley/);
    const wardJson = JSON.parse(built.outputs.wards?.json ?? '{}') as WardCollection;
    expect(wardJson.features.every((f) => /^E05\d{6}$/.test(f.properties.code) && f.properties.vintage === '2022')).toBe(true);
  });

  it('gives every service kind its count, vintage and source from its file', () => {
    const services = built.manifest.layers.services;
    if (services.status !== 'present') throw new Error('services missing');
    const kinds = services.kinds ?? {};
    expect(kinds.gp).toMatchObject({ count: 1473, vintage: '2014-02', file: 'services-health.geojson', from: 'sidecar' });
    expect(kinds.school).toMatchObject({ count: 2926, vintage: '2016', file: 'services-schools.geojson' });
    expect(kinds.fire).toMatchObject({ count: 102, vintage: '2018-02-08' });
    expect(kinds['place-of-worship']).toMatchObject({ count: 3177, vintage: '2020-12-18' });
    expect(kinds.library).toMatchObject({ count: 321, from: 'built-in', file: 'libraries-os-openmap-local.geojson' });
    expect(services.attribution).toContain('© OpenStreetMap contributors');
    expect(Object.values(kinds).reduce((sum, k) => sum + k.count, 0)).toBe(services.count);
  });

  it('marks the 7 BIDs partial with the coverage sentence of their sidecar, and carries the parish', () => {
    const sidecar = JSON.parse(readFileSync(join(SOURCE_DIR, 'business_improvement_districts.meta.json'), 'utf8')) as { coverage: string };
    expect(built.manifest.layers.bids).toMatchObject({ status: 'present', count: 7, complete: false, coverage: sidecar.coverage, vintage: '2025-05' });
    expect(built.manifest.layers.parishes).toMatchObject({ status: 'present', count: 1, complete: true, vintage: '2014' });
    expect(built.manifest.warnings).toEqual([]);
  });

  it('says plainly which service kinds have no data', () => {
    // The bundle has no police, community centres, leisure centres or parks (SOURCES.md "Not in this bundle yet").
    expect([...built.manifest.missingServiceTypes].sort()).toEqual(['community-centre', 'leisure', 'park', 'police']);
  });

  it('says plainly which layer is missing and how to add it (the bundle without its BID file)', async () => {
    const files = readdirSync(SOURCE_DIR).filter((name) => !name.startsWith('business_improvement_districts'));
    const withoutBids = await buildData(tempSource(files));
    const bids = withoutBids.manifest.layers.bids;
    expect(bids).toMatchObject({ status: 'missing', reason: 'Business Improvement Districts are not in the data folder yet.' });
    expect(bids.status === 'missing' && bids.howToAdd).toMatch(/London Datastore/);
    expect(withoutBids.outputs.bids).toBeUndefined();
  });

  it('records a content hash for each file', () => {
    const layer = built.manifest.layers.boroughs;
    if (layer.status !== 'present') throw new Error('boroughs missing');
    expect(layer.sha256).toBe(createHash('sha256').update(built.outputs.boroughs?.json ?? '').digest('hex'));
  });
});
