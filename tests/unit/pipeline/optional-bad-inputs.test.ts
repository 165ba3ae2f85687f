import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { buildData, type BuiltData } from '../../../scripts/pipeline/build';
import { checkShapefileZip } from '../../../scripts/pipeline/layers/bids';
import { SOURCE_DIR, tempSource } from './temp-source';

type Fc = { type: string; features: { properties: Record<string, unknown>; geometry: unknown }[] };
const read = (name: string) => JSON.parse(readFileSync(join(SOURCE_DIR, name), 'utf8')) as Fc;

/** A zip holding only the named (empty) members: enough to test the member check. */
const zipOf = (...members: string[]) => zipSync(Object.fromEntries(members.map((m) => [m, new Uint8Array([0])])));

describe('a shapefile zip must hold its .shp, .dbf and .prj', () => {
  it('names the missing .prj', () => {
    expect(() => checkShapefileZip('/x/business_improvement_districts.zip', zipOf('bids.shp', 'bids.dbf', 'bids.shx'))).toThrow(
      'business_improvement_districts.zip: the shapefile zip has no .prj member (found bids.shp, bids.dbf, bids.shx)',
    );
  });
  it('names the missing .dbf and .prj', () => {
    expect(() => checkShapefileZip('/x/b.zip', zipOf('bids.shp'))).toThrow('b.zip: the shapefile zip has no .dbf or .prj member');
  });
  it('says a truncated zip is not readable', () => {
    expect(() => checkShapefileZip('/x/b.zip', zipOf('a.shp', 'a.dbf', 'a.prj').slice(0, 30))).toThrow(/^b\.zip: is not a readable zip/);
  });
});

// One build of the real bundle with six bad optional files swapped in: each is skipped with a
// warning naming file, feature and problem; every core layer and every good optional file still builds.
describe('bad optional files are skipped with a warning, the rest builds', () => {
  let built: BuiltData;
  beforeAll(async () => {
    const fire = read('services-fire-stations.geojson');
    const third = fire.features[2];
    if (!third) throw new Error('fire stations file has fewer than 3 features');
    third.properties.category = 'fire-station';
    const schoolsMeta = { ...JSON.parse(readFileSync(join(SOURCE_DIR, 'services-schools.meta.json'), 'utf8')), coverage: 'Schools in London (3,000).' };
    const extra = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { category: 'library', name: 'Fixture library in London' }, geometry: { type: 'Point', coordinates: [-0.1276, 51.5072] } },
        // Dartford, Kent: just outside Bexley, inside the box the coordinate check accepts as London.
        { type: 'Feature', properties: { category: 'library', name: 'Fixture library in Dartford' }, geometry: { type: 'Point', coordinates: [0.2176, 51.4463] } },
      ],
    };
    const far = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { category: 'library', name: 'Fixture library in Reading' }, geometry: { type: 'Point', coordinates: [-0.9781, 51.4543] } }] };
    const swapped = ['business_improvement_districts.geojson', 'business_improvement_districts.meta.json', 'parishes-2022.meta.json', 'services-fire-stations.geojson', 'services-schools.meta.json'];
    const dir = tempSource(readdirSync(SOURCE_DIR).filter((name) => !swapped.includes(name)), {
      'business_improvement_districts.zip': '',
      'parishes-2022.meta.json': '{ "title": "Civil parishes in London", ',
      'services-fire-stations.geojson': JSON.stringify(fire),
      'services-schools.meta.json': JSON.stringify(schoolsMeta),
      'services-extra-fixture.geojson': JSON.stringify(extra),
      'services-far-fixture.geojson': JSON.stringify(far),
    });
    // The BID zip is written as bytes: a shapefile without its .prj.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'business_improvement_districts.zip'), zipOf('bids.shp', 'bids.dbf', 'bids.shx'));
    built = await buildData(dir);
  }, 60_000);

  const warningsOf = (layer: keyof BuiltData['manifest']['layers']) => built.manifest.layers[layer].warnings ?? [];

  it('a BID shapefile zip without its .prj: BIDs missing, with the reason', () => {
    expect(built.manifest.layers.bids.status).toBe('missing');
    expect(warningsOf('bids')).toEqual([expect.stringMatching(/^business_improvement_districts\.zip: the shapefile zip has no \.prj member .*Skipped/)]);
  });

  it('a parish sidecar that is not valid JSON: parishes missing, with the reason', () => {
    expect(built.manifest.layers.parishes.status).toBe('missing');
    expect(warningsOf('parishes')).toEqual([expect.stringMatching(/^parishes-2022\.meta\.json: not valid JSON \(.*\)\. Skipped: the existing parishes layer is left out\.$/)]);
  });

  it('an unknown service kind: that file is skipped, naming the feature', () => {
    const props = read('services-fire-stations.geojson').features[2]?.properties ?? {};
    const code = props.ref ?? props.name;
    expect(warningsOf('services')).toContainEqual(
      `services-fire-stations.geojson: feature #3 (${String(code)}): unknown service kind: category "fire-station" is not one of library, school, gp, pharmacy, dentist, hospital, health-centre, community-centre, police, fire, leisure, park, place-of-worship. Skipped services-fire-stations.geojson; the other service files were used.`,
    );
  });

  it('a schools sidecar that contradicts its file: that file is skipped', () => {
    expect(warningsOf('services')).toContainEqual(expect.stringMatching(/^services-schools\.meta\.json: coverage states 3,000 but services-schools\.geojson has 2,926 features/));
  });

  it('a point outside London is left out and named; the file’s London points are kept', () => {
    expect(warningsOf('services')).toContainEqual('services-extra-fixture.geojson: feature #2 (Fixture library in Dartford): outside Greater London; 1 point(s) left out.');
    const services = built.manifest.layers.services;
    if (services.status !== 'present') throw new Error('services missing');
    // 11,942 − 102 fire stations − 2,926 schools + 1 fixture library in London.
    expect(services.count).toBe(11_942 - 102 - 2926 + 1);
    expect(services.countsByType?.fire).toBeUndefined();
    expect(built.manifest.missingServiceTypes).toContain('fire');
  });

  it('a service file whose points are nowhere near London is skipped, naming the point', () => {
    expect(warningsOf('services')).toContainEqual(
      expect.stringMatching(/^services-far-fixture\.geojson: feature #1 \(Fixture library in Reading\): coordinate \[-0\.9781, 51\.4543\] is outside Greater London .*Skipped services-far-fixture\.geojson/),
    );
  });

  it('every warning is also in the manifest’s list, and the core layers are all present', () => {
    expect(built.manifest.warnings).toHaveLength(6);
    for (const layer of ['boroughs', 'wards', 'lsoa', 'oa', 'london'] as const) expect(built.manifest.layers[layer].status).toBe('present');
  });
});
