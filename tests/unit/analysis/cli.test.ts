/**
 * The analyse CLI: input reading (BNG detection and reprojection), CSV output, exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliInputError, readCliInput } from '../../../scripts/lib/cli-input';

const ROOT = resolve(import.meta.dirname, '../../..');
const box = (x0: number, y0: number, x1: number, y1: number) => [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];

describe('readCliInput', () => {
  it('reprojects British National Grid metres to WGS84 and says so', () => {
    // Trafalgar Square is at about BNG (530000, 180500) and WGS84 (-0.128, 51.508): check the
    // box lands there (within ~100 m; proj4's 7-parameter transform is good to a few metres).
    const text = JSON.stringify({ type: 'Polygon', coordinates: box(530000, 180500, 530100, 180600) });
    const { proposals, notes } = readCliInput(text);
    const first = proposals[0]?.geometry.coordinates[0] as number[][];
    expect(Math.abs((first[0]?.[0] ?? 0) - -0.128)).toBeLessThan(0.0015);
    expect(Math.abs((first[0]?.[1] ?? 0) - 51.508)).toBeLessThan(0.001);
    expect(notes.join(' ')).toMatch(/EPSG:27700/);
  });

  it('takes names and kinds from properties, skips non-polygons, refuses files with none', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'A', kind: 'cid' }, geometry: { type: 'Polygon', coordinates: box(-0.1, 51.5, -0.09, 51.51) } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [-0.1, 51.5] } },
      ],
    };
    const { proposals, notes } = readCliInput(JSON.stringify(fc));
    expect(proposals.map((p) => [p.name, p.kind])).toEqual([['A', 'cid']]);
    expect(notes[0]).toMatch(/1 feature without a polygon skipped/);
    expect(() => readCliInput(JSON.stringify({ type: 'FeatureCollection', features: [fc.features[1]] }))).toThrow(CliInputError);
    expect(() => readCliInput('{"type": "Topology"}')).toThrow(/not a GeoJSON/);
    expect(() => readCliInput('{nope')).toThrow(/not valid JSON/);
  });

  it('refuses a file mixing lon/lat and BNG metres', () => {
    const mixed = { type: 'MultiPolygon', coordinates: [box(-0.1, 51.5, -0.09, 51.51), box(530000, 180500, 530100, 180600)] };
    expect(() => readCliInput(JSON.stringify(mixed))).toThrow(/mixes coordinate systems/);
  });
});

describe('npm run analyse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ldm-cli-'));
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/analyse.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints one CSV row per polygon with the real figures', () => {
    const file = join(dir, 'ok.geojson');
    writeFileSync(file, JSON.stringify({ type: 'Feature', properties: { name: 'Soho box' }, geometry: { type: 'Polygon', coordinates: box(-0.14, 51.51, -0.13, 51.515) } }));
    const r = run(file, '--format', 'csv');
    expect(r.status).toBe(0);
    const [header, row] = r.stdout.trim().split('\n');
    expect(header?.split(',').slice(0, 7)).toEqual(['id', 'name', 'kind', 'status', 'area_ha', 'perimeter_km', 'population']);
    const cells = row?.split(',') ?? [];
    expect(cells[1]).toBe('Soho box');
    expect(Number(cells[6])).toBeGreaterThan(1000);
    expect(row).toMatch(/Westminster/);
  });

  it('exits 1 with a clear message on a bad file', () => {
    const file = join(dir, 'bad.geojson');
    writeFileSync(file, '{"type": "Feat');
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.geojson is not valid JSON/);
    expect(run(join(dir, 'missing.geojson')).status).toBe(1);
  });
});
