import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
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
    expect(built.manifest.layers.wards).toMatchObject({ status: 'present', count: 704, vintage: '2022' });
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
