import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFetch, type FetchReport } from '../../../scripts/fetch/run';
import type { SourcesFile } from '../../../scripts/fetch/sources';
import { recordingProgress } from '../../../scripts/fetch/progress';
import { buildData } from '../../../scripts/pipeline/build';
import { ROOT, SOURCE_DIR } from '../pipeline/temp-source';
import { startFakeServices, type FakeServer } from './fake/server';
import { ymd } from '../../../scripts/fetch/kinds/gias';

// fetch-data against a local fake of the official services (tests/unit/fetch/fake), serving the real
// bundle re-encoded in each service's wire format; the resulting data/raw must build.
const sources = JSON.parse(readFileSync(join(ROOT, 'data', 'sources.json'), 'utf8')) as SourcesFile;
const today = new Date('2026-11-30T09:00:00Z');
const http = { idleTimeoutMs: 5_000, retries: 2, backoffMs: 20, userAgent: 'test' };

describe('fetch-data against the fake official services', () => {
  let server: FakeServer;
  let rawDir: string;
  let report: FetchReport;
  const progress = recordingProgress();

  beforeAll(async () => {
    server = await startFakeServices({ giasDate: ymd(new Date(today.getTime() - 2 * 86_400_000)), arcgis: { emptyPageAtOffset: 500, failAbovePageSize: 4000 } });
    process.env.LDM_FETCH_BASE = server.base;
    rawDir = mkdtempSync(join(tmpdir(), 'ldm-raw-'));
    const started = performance.now();
    report = await runFetch({ rawDir, sources, http, progress, today });
    console.log(`fetch into ${rawDir}: ${((performance.now() - started) / 1000).toFixed(1)} s, ${server.requests.length} requests`);
  }, 120_000);
  afterAll(async () => {
    delete process.env.LDM_FETCH_BASE;
    await server?.close();
    if (rawDir) rmSync(rawDir, { recursive: true, force: true });
  });

  it('writes every core and optional file, with no failure', () => {
    expect(report.failures).toEqual([]);
    expect(report.written.sort()).toEqual(
      ['boroughs.geojson', 'business_improvement_districts.zip', 'census2021-ts001-lsoa.csv', 'edubasealldata20261128.csv', 'lsoa21.geojson', 'oa21-census2021.csv', 'wards-2022.geojson'].sort(),
    );
  });

  it('pages ArcGIS layers in objectId order, past an empty page, halving a page the service refuses', () => {
    const queries = server.requests.filter((r) => r.includes('/query?') && r.includes('resultOffset'));
    expect(queries.length).toBeGreaterThan(10);
    for (const query of queries) expect(new URL(query, 'http://x').searchParams.get('orderByFields')).toMatch(/^(FID|ObjectId) ASC$/);
    const lookup = queries.filter((r) => r.includes('OA_LSOA_MSOA_EW_DEC_2021_LU_v3'));
    expect(lookup[0]).toContain('resultRecordCount=5000'); // the layer's maxRecordCount, read from ?f=json
    expect(lookup[1]).toContain('resultRecordCount=2500'); // halved after the service's error 500 body
    const wardsAt500 = queries.filter((r) => r.includes('Wards_December') && r.includes('resultOffset=500&'));
    expect(wardsAt500.length).toBe(2); // the empty page that said exceededTransferLimit was not the end
    expect(progress.lines.some((l) => l.includes('ArcGIS error 500: Error performing query operation (Query timed out)') && l.includes('retrying with 2500 rows per page'))).toBe(true);
  });

  it('steps back day by day to the newest schools register and decodes it from Windows-1252', () => {
    const gias = server.requests.filter((r) => r.includes('edubasealldata'));
    expect(gias.map((r) => r.slice(-12))).toEqual(['20261130.csv', '20261129.csv', '20261128.csv']);
    const text = readFileSync(join(rawDir, 'edubasealldata20261128.csv'), 'utf8');
    expect(text).toContain('Ecole Française de Londres Jacques Prévert');
  });

  it('assembles the output-area table the pipeline reads, equal to the bundle file it was recorded from', () => {
    const fetched = readFileSync(join(rawDir, 'oa21-census2021.csv'), 'utf8').trim().split('\n');
    const bundle = readFileSync(join(SOURCE_DIR, 'oa21-census2021.csv'), 'utf8').trim().split(/\r?\n/);
    expect(fetched[0]).toBe(bundle[0]);
    expect(fetched.slice(1).sort()).toEqual(bundle.slice(1).sort());
  });

  it('writes a provenance sidecar beside each file, saying what was fetched and whether it is complete', () => {
    const meta = (name: string) => JSON.parse(readFileSync(join(rawDir, name), 'utf8')) as Record<string, unknown>;
    expect(meta('wards-2022.meta.json')).toMatchObject({ complete: true, vintage: 'December 2022', licence: 'Open Government Licence v3.0', coverage: 'All 704 wards of the 33 London boroughs, ONS Wards (December 2022) BGC.' });
    expect(meta('business_improvement_districts.meta.json')).toMatchObject({ complete: false, coverage: "7 BIDs in the GLA's file as downloaded (the GLA listed 76 in May 2025)." });
    expect(meta('edubasealldata20261128.meta.json')).toMatchObject({ complete: true, vintage: '2026-11-28' });
    expect(String(meta('oa21-census2021.meta.json').source)).toMatch(/^Office for National Statistics .*downloaded 2026-11-30 by npm run fetch-data\)$/);
    expect(report.warnings).toEqual(['bids: the zip holds 7 features; the publisher listed 76']);
  });

  it('a second run finds every file complete (same SHA-256) and downloads nothing', async () => {
    const before = server.requests.length;
    const again = await runFetch({ rawDir, sources, http, progress: recordingProgress(), today });
    expect(again.written).toEqual([]);
    expect(again.failures).toEqual([]);
    expect(again.skipped).toContain('oa21-census2021.csv');
    expect(server.requests.length).toBe(before);
  });

  it('builds: 33 boroughs, 704 wards of 2022, 4,994 LSOAs, 26,369 output areas', async () => {
    const built = await buildData(rawDir);
    const layers = built.manifest.layers;
    expect(layers.boroughs.status === 'present' && layers.boroughs.count).toBe(33);
    expect(layers.wards.status === 'present' && layers.wards.count).toBe(704);
    expect(layers.lsoa.status === 'present' && layers.lsoa.count).toBe(4994);
    expect(built.manifest.totals.oaCount).toBe(26369);
    expect(existsSync(join(rawDir, 'fetch-state.json'))).toBe(true);
  }, 120_000);
});
