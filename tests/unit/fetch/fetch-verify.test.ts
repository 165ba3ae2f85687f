import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { fetchArcgisGeoJson } from '../../../scripts/fetch/arcgis';
import { convertDownload } from '../../../scripts/fetch/download';
import type { Dataset, SourcesFile } from '../../../scripts/fetch/sources';
import { verifyFeatureCollection, verifyResponse } from '../../../scripts/fetch/verify';
import { ROOT, SOURCE_DIR } from '../pipeline/temp-source';

// fetch-data cannot reach the internet here: these tests run its verification and conversion on local
// files (the bundle's own copies of the same datasets) and on a fake paging ArcGIS service.
const sources = JSON.parse(readFileSync(join(ROOT, 'data', 'sources.json'), 'utf8')) as SourcesFile;
const dataset = (id: string): Dataset => {
  const found = sources.datasets.find((d) => d.id === id);
  if (!found) throw new Error(`no dataset ${id} in data/sources.json`);
  return found;
};
const boroughs = JSON.parse(readFileSync(join(SOURCE_DIR, 'boroughs.geojson'), 'utf8')) as { type: 'FeatureCollection'; features: unknown[] };

describe('fetch-data verification', () => {
  it('every dataset names its licence, vintage, publisher and an https URL', () => {
    for (const d of sources.datasets) {
      expect(d.url).toMatch(/^https:\/\//);
      expect(d.licence && d.vintage && d.publisher).toBeTruthy();
    }
  });

  it('accepts the official borough file and refuses a short one', () => {
    expect(verifyFeatureCollection('boroughs', boroughs, dataset('boroughs').expect).features).toHaveLength(33);
    expect(() => verifyFeatureCollection('boroughs', { ...boroughs, features: boroughs.features.slice(0, 10) }, dataset('boroughs').expect)).toThrow('boroughs: has 10 features, expected at least 33');
  });

  it('names the missing fields', () => {
    expect(() => verifyFeatureCollection('wards-2022', JSON.parse(readFileSync(join(SOURCE_DIR, 'wards-2013.geojson'), 'utf8')), dataset('wards-2022').expect)).toThrow(
      /wards-2022: lacks field\(s\) WD22CD, WD22NM, LAD22CD; it has WD13CD/,
    );
  });

  it('refuses an HTML error page, a bad status and an unexpected content type', () => {
    expect(() => verifyResponse('bids', 200, 'text/html; charset=utf-8', 'zip')).toThrow('bids: the server sent an HTML page, not data');
    expect(() => verifyResponse('bids', 404, 'application/zip', 'zip')).toThrow('bids: HTTP status 404 (expected 200)');
    expect(() => verifyResponse('boroughs', 200, 'image/png', 'json')).toThrow('boroughs: content type "image/png" is not one of');
    expect(() => verifyResponse('boroughs', 200, 'application/geo+json', 'json')).not.toThrow();
  });

  it('extracts and checks the LSOA table from a Nomis-style zip', async () => {
    const csv = 'date,geography,geography code,Residence type: Total; measures: Value\n2021,City of London 001A,E01000001,1475\n';
    const zip = zipSync({ 'census2021-ts001-lsoa.csv': strToU8(csv), 'census2021-ts001-oa.csv': strToU8('x\n') });
    const small = { ...dataset('census2021-ts001-lsoa'), expect: { ...dataset('census2021-ts001-lsoa').expect, minRows: 1 } };
    expect(new TextDecoder().decode(await convertDownload(small, zip))).toBe(csv);
    await expect(convertDownload(dataset('census2021-ts001-lsoa'), zip)).rejects.toThrow('census2021-ts001-lsoa: has 1 rows, expected at least 35000');
  });

  it('names a truncated zip and a zip without the shapefile parts', async () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello') });
    await expect(convertDownload(dataset('bids'), zip.slice(0, 20))).rejects.toThrow(/bids: is not a readable zip archive/);
    await expect(convertDownload(dataset('bids'), zip)).rejects.toThrow('bids: zip lacks a .shp, .dbf file');
  });

  it('follows ArcGIS pages until the service says no more remain', async () => {
    const all = boroughs.features;
    const requested: string[] = [];
    const fakeService = async (url: string) => {
      requested.push(url);
      const offset = Number(new URL(url).searchParams.get('resultOffset'));
      const page = all.slice(offset, offset + 10);
      const body = { type: 'FeatureCollection', features: page, properties: { exceededTransferLimit: offset + 10 < all.length } };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/geo+json' } });
    };
    const collection = await fetchArcgisGeoJson('boroughs', dataset('boroughs').url, fakeService, 10);
    expect(collection.features).toHaveLength(33);
    expect(requested).toHaveLength(4);
  });
});
