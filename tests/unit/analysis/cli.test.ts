/**
 * The analyse CLI: input reading (the app's importer: BNG detection and reprojection), CSV output, exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { CliInputError, readCliInput } from '../../../scripts/lib/cli-input';
import { parseCsv } from '../../../scripts/pipeline/csv';
import { builtManifest } from './real-data';
import { ageSharesByLsoa21, BANDS, bandsAndAdults, controlledToLsoas, readLsoaPopulation, readOas } from './source-tables';

const ROOT = resolve(import.meta.dirname, '../../..');
const box = (x0: number, y0: number, x1: number, y1: number): number[][][] => [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];

describe('readCliInput', () => {
  it('reprojects British National Grid metres to WGS84 and says so', async () => {
    // Trafalgar Square is at about BNG (530000, 180500) and WGS84 (-0.128, 51.508): check the
    // box lands there (within ~100 m; proj4's 7-parameter transform is good to a few metres).
    const text = JSON.stringify({ type: 'Polygon', coordinates: box(530000, 180500, 530100, 180600) });
    const { proposals, notes } = await readCliInput(text);
    const first = proposals[0]?.geometry.coordinates[0] as number[][];
    expect(Math.abs((first[0]?.[0] ?? 0) - -0.128)).toBeLessThan(0.0015);
    expect(Math.abs((first[0]?.[1] ?? 0) - 51.508)).toBeLessThan(0.001);
    expect(notes.join(' ')).toMatch(/EPSG:27700/);
  });

  it('takes names and kinds from properties, skips non-polygons, refuses files with none', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'A', kind: 'cid' }, geometry: { type: 'Polygon', coordinates: box(-0.1, 51.5, -0.09, 51.51) } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [-0.1, 51.5] } },
      ],
    };
    const { proposals, notes } = await readCliInput(JSON.stringify(fc));
    expect(proposals.map((p) => [p.name, p.kind])).toEqual([['A', 'cid']]);
    expect(notes[0]).toMatch(/1 point skipped/);
    await expect(readCliInput(JSON.stringify({ type: 'FeatureCollection', features: [fc.features[1]] }))).rejects.toThrow(CliInputError);
    await expect(readCliInput('{"type": "Topology"}')).rejects.toThrow(/not GeoJSON/);
    await expect(readCliInput('{nope')).rejects.toThrow(/not valid JSON/);
  });

  it('refuses a file mixing lon/lat and BNG metres', async () => {
    const mixed = { type: 'MultiPolygon', coordinates: [box(-0.1, 51.5, -0.09, 51.51), box(530000, 180500, 530100, 180600)] };
    await expect(readCliInput(JSON.stringify(mixed))).rejects.toThrow(/mixes coordinate systems/);
  });
});

describe('npm run analyse', () => {
  builtManifest({ boroughs: true, wards: true, lsoa: true, oa: true }, 'cli.test.ts');
  const dir = mkdtempSync(join(tmpdir(), 'ldm-cli-'));
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/analyse.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints one CSV row per polygon with the real figures', () => {
    const file = join(dir, 'ok.geojson');
    const geometry: Polygon = { type: 'Polygon', coordinates: box(-0.14, 51.51, -0.13, 51.515) };
    writeFileSync(file, JSON.stringify({ type: 'Feature', properties: { name: 'Soho box' }, geometry }));
    const r = run(file, '--format', 'csv');
    expect(r.status).toBe(0);
    const [header, row, extra] = parseCsv(r.stdout.trim());
    expect(extra).toBeUndefined();
    expect(header?.slice(0, 7)).toEqual(['id', 'name', 'kind', 'status', 'area_ha', 'perimeter_km', 'population']);
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1] ?? `(no column ${name})`;
    expect(cell('name')).toBe('Soho box');
    expect(cell('status')).toBe('analysed');
    expect(cell('boroughs')).toMatch(/^Westminster/);

    // Expected figures summed here from the source bundle (OA centroids inside the box, turf, OA
    // residents controlled to their LSOA's published figure as the engine states), not by the engine.
    const feature = { type: 'Feature' as const, properties: {}, geometry };
    const inside = controlledToLsoas(readOas(), readLsoaPopulation()).filter((o) => booleanPointInPolygon([o.lng, o.lat], feature));
    const residents = inside.reduce((n, o) => n + o.residents, 0);
    expect(residents).toBeGreaterThan(1000);
    expect(Number(cell('population'))).toBe(residents);
    expect(Number(cell('households'))).toBe(inside.reduce((n, o) => n + o.households, 0));
    const byLsoa = new Map<string, number>();
    for (const o of inside) byLsoa.set(o.lsoa, (byLsoa.get(o.lsoa) ?? 0) + o.residents);
    const { bands, adults } = bandsAndAdults(byLsoa, ageSharesByLsoa21());
    expect(Math.abs(Number(cell('electorate')) - adults)).toBeLessThanOrEqual(3);
    for (const b of BANDS) expect(Math.abs(Number(cell(`age_${b}`)) - bands[b]), `age_${b}`).toBeLessThanOrEqual(3);
    // 0.01° × 0.005° at 51.5125°N on the 6,371,008.8 m sphere: 2 × 1,111.95 × 0.6224 + 2 × 555.98 = 2.496 km round;
    // area ≈ 692.1 m × 555.98 m ≈ 38.5 ha.
    expect(Number(cell('perimeter_km'))).toBeCloseTo(2.496, 2);
    expect(Math.abs(Number(cell('area_ha')) - 38.5)).toBeLessThan(0.3);
  });

  it('exits 1 with a clear message on a bad file', () => {
    const file = join(dir, 'bad.geojson');
    writeFileSync(file, '{"type": "Feat');
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/"bad\.geojson" is not valid JSON/);
    expect(run(join(dir, 'missing.geojson')).status).toBe(1);
  });
});
