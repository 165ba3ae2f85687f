/**
 * Properties of the built data (public/data, rebuilt from the source folder by the unit global setup)
 * that the app relies on but no single layer's pipeline test sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../scripts/lib/load-data';
import { booleanPointInPolygon } from '@turf/turf';
import type { BoroughCollection, ServiceCollection, WardCollection } from '../../src/data/schema';
import { builtManifest } from './analysis/real-data';

describe('built data', () => {
  it('gives every service point its own id (the map highlights services by id and the results list keys them by id)', () => {
    builtManifest({ services: true }, 'built-data.test.ts');
    const services = JSON.parse(readFileSync(join(dataDir(), 'services.geojson'), 'utf8')) as ServiceCollection;
    const ids = services.features.map((f) => f.properties.id);
    expect(ids.length).toBeGreaterThan(10_000);
    const seen = new Set<string>();
    const repeated = ids.filter((id) => seen.has(id) || !seen.add(id));
    expect(repeated.slice(0, 5)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('places every borough and ward label (labelAt, precomputed for the map) inside its own area', () => {
    builtManifest({ boroughs: true, wards: true }, 'built-data.test.ts');
    for (const file of ['boroughs.geojson', 'wards.geojson']) {
      const areas = JSON.parse(readFileSync(join(dataDir(), file), 'utf8')) as BoroughCollection | WardCollection;
      expect(areas.features.length).toBeGreaterThan(30);
      const outside = areas.features.filter((f) => !f.properties.labelAt || !booleanPointInPolygon(f.properties.labelAt, f.geometry));
      expect(outside.map((f) => `${file}: ${f.properties.name}`)).toEqual([]);
    }
  });
});
