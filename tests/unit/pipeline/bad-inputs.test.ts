import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';
import { buildData } from '../../../scripts/pipeline/build';
import { BNG_PROJ4 } from '../../../scripts/pipeline/coordinates';
import { readBoroughs } from '../../../scripts/pipeline/layers/boroughs';
import { readOutputAreas } from '../../../scripts/pipeline/layers/oa';
import { SOURCE_DIR, readSourceJson, tempSource } from './temp-source';

type Ring = number[][];
type Boroughs = { features: { properties: Record<string, string>; geometry: { type: string; coordinates: Ring[] | Ring[][] } }[] };

const boroughsText = readFileSync(join(SOURCE_DIR, 'boroughs.geojson'), 'utf8');
const boroughs = () => readSourceJson<Boroughs>('boroughs.geojson');
const mapRings = (geometry: Boroughs['features'][number]['geometry'], map: (p: number[]) => number[]) => {
  geometry.coordinates = geometry.type === 'Polygon'
    ? (geometry.coordinates as Ring[]).map((ring) => ring.map(map))
    : (geometry.coordinates as Ring[][]).map((polygon) => polygon.map((ring) => ring.map(map)));
};

describe('build-data stops on bad input with a message naming file, feature and problem', () => {
  it('a missing file', async () => {
    await expect(buildData(tempSource([]))).rejects.toThrow(/^boroughs\.geojson: missing: the London borough boundaries is required/);
  });

  it('a required file missing after the first ones', async () => {
    const dir = tempSource(['boroughs.geojson', 'wards-2013.geojson']);
    await expect(buildData(dir)).rejects.toThrow(/lsoa21\.geojson: missing: LSOA 2021 boundaries is required/);
  });

  it('truncated JSON', () => {
    const dir = tempSource([], { 'boroughs.geojson': boroughsText.slice(0, 5000) });
    expect(() => readBoroughs(dir)).toThrow(/boroughs\.geojson: not valid JSON .*the file looks truncated/);
  });

  it('latitude and longitude swapped in one feature', () => {
    const data = boroughs();
    const third = data.features[2];
    if (!third) throw new Error('bundle has fewer than 3 boroughs');
    mapRings(third.geometry, ([x = 0, y = 0]) => [y, x]);
    const dir = tempSource([], { 'boroughs.geojson': JSON.stringify(data) });
    const code = third.properties.LAD22CD ?? '';
    expect(() => readBoroughs(dir)).toThrow(`boroughs.geojson: feature #3 (${code}): coordinates look like latitude/longitude swapped`);
  });

  it('duplicate codes', () => {
    const data = boroughs();
    const [first, second] = data.features;
    if (!first || !second) throw new Error('bundle has fewer than 2 boroughs');
    const code = first.properties.LAD22CD ?? '';
    second.properties.LAD22CD = code;
    const dir = tempSource([], { 'boroughs.geojson': JSON.stringify(data) });
    expect(() => readBoroughs(dir)).toThrow(`boroughs.geojson: feature #2 (${code}): duplicate borough code ${code} (also feature #1)`);
  });

  it('a wrong number of boroughs', () => {
    const data = boroughs();
    data.features.pop();
    const dir = tempSource([], { 'boroughs.geojson': JSON.stringify(data) });
    expect(() => readBoroughs(dir)).toThrow('boroughs.geojson: has 32 boroughs; London has 33');
  });

  it('coordinates that are neither London lon/lat nor London BNG', () => {
    const data = boroughs();
    const first = data.features[0];
    if (!first) throw new Error('empty bundle');
    mapRings(first.geometry, ([x = 0, y = 0]) => [x + 2.5, y]); // ~170 km east: the North Sea
    const dir = tempSource([], { 'boroughs.geojson': JSON.stringify(data) });
    expect(() => readBoroughs(dir)).toThrow(new RegExp(`feature #1 \\(${first.properties.LAD22CD}\\): coordinate \\[.*\\] is outside Greater London`));
  });

  it('a non-numeric coordinate in an output-area row', () => {
    const csv = readFileSync(join(SOURCE_DIR, 'oa21-census2021.csv'), 'utf8').split('\n');
    csv[5] = (csv[5] ?? '').replace(/,-0\.\d+,/, ',west,');
    const dir = tempSource([], { 'oa21-census2021.csv': csv.join('\n') });
    const lsoas = new Set(csv.slice(1).map((line) => line.split(',')[1] ?? ''));
    expect(() => readOutputAreas(dir, lsoas)).toThrow(/oa21-census2021\.csv: row 6 \(E\d+\): "pwc_lng" is not a number: "west"/);
  });
});

describe('British National Grid input', () => {
  it('is detected and reprojected to WGS84 within a metre of the original', () => {
    const toBng = proj4('EPSG:4326', BNG_PROJ4);
    const data = boroughs();
    for (const feature of data.features) mapRings(feature.geometry, (p) => toBng.forward([p[0] ?? 0, p[1] ?? 0]));
    const dir = tempSource([], { 'boroughs.geojson': JSON.stringify(data) });
    const source = readBoroughs(dir);
    expect(source.system).toBe('bng');
    const original = boroughs().features[0]?.geometry.coordinates as Ring[] | Ring[][];
    const first = (Array.isArray(original[0]?.[0]?.[0]) ? (original as Ring[][])[0]?.[0] : (original as Ring[])[0])?.[0] ?? [];
    const rebuilt = source.features[0]?.geometry;
    const rebuiltFirst = rebuilt?.type === 'Polygon' ? rebuilt.coordinates[0]?.[0] : rebuilt?.coordinates[0]?.[0]?.[0];
    // 1e-5° ≈ 1.1 m of latitude in London (the output is rounded to 5 decimals).
    expect(Math.abs((rebuiltFirst?.[0] ?? 0) - (first[0] ?? 0))).toBeLessThan(2e-5);
    expect(Math.abs((rebuiltFirst?.[1] ?? 0) - (first[1] ?? 0))).toBeLessThan(2e-5);
  });
});
