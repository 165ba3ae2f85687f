import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFetch } from '../../../scripts/fetch/run';
import type { Dataset, SourcesFile } from '../../../scripts/fetch/sources';
import { progressLine, recordingProgress } from '../../../scripts/fetch/progress';
import { forgetUnreachableHosts } from '../../../scripts/fetch/http';
import { ROOT } from '../pipeline/temp-source';
import { startFakeServices, type FakeOptions, type FakeServer } from './fake/server';

// Each failure the official servers can produce, served by the local fake: what fetch-data retries,
// what it refuses, and that every refusal names the URL and what came back, leaving no partial file.
const sources = JSON.parse(readFileSync(join(ROOT, 'data', 'sources.json'), 'utf8')) as SourcesFile;
const today = new Date('2026-11-30T09:00:00Z');
const http = { idleTimeoutMs: 1_500, retries: 2, backoffMs: 10, userAgent: 'test' };
const BID_ZIP = 'business_improvement_districts.zip';

let server: FakeServer | undefined;
const rawDirs: string[] = [];
const newRawDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ldm-raw-'));
  rawDirs.push(dir);
  return dir;
};
afterEach(async () => {
  delete process.env.LDM_FETCH_BASE;
  forgetUnreachableHosts();
  await server?.close();
  for (const dir of rawDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function fetchOnly(ids: string[], options: Partial<FakeOptions>, datasets: Dataset[] = sources.datasets) {
  server = await startFakeServices({ giasDate: '20261128', ...options });
  process.env.LDM_FETCH_BASE = server.base;
  const rawDir = newRawDir();
  const progress = recordingProgress();
  const report = await runFetch({ rawDir, sources: { ...sources, datasets }, only: ids, http, progress, today });
  return { report, rawDir, progress, requests: server.requests };
}

const hits = (requests: string[], suffix: string) => requests.filter((r) => r.endsWith(suffix)).length;

describe('fetch-data against failing services', () => {
  it('refuses an HTML error page sent as 200 in place of a zip, naming the URL and quoting the page', async () => {
    const { report, rawDir } = await fetchOnly(['bids'], { faults: { [BID_ZIP]: ['html'] } });
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]?.message).toMatch(/^bids: http:\/\/127\.0\.0\.1:\d+\/data\.london\.gov\.uk\/download\/vqmx7\/.*business_improvement_districts\.zip sent an HTML page \("Service unavailable Sorry, the service is unavailable/);
    expect(existsSync(join(rawDir, BID_ZIP))).toBe(false);
  });

  it('retries a transfer cut short (Content-Length not reached) and a 500, then succeeds', async () => {
    const { report, requests, progress } = await fetchOnly(['bids'], { faults: { [BID_ZIP]: ['truncate', 'status-500'] } });
    expect(report.failures).toEqual([]);
    expect(report.written).toEqual([BID_ZIP]);
    expect(hits(requests, BID_ZIP)).toBe(3);
    expect(progress.lines.some((l) => /↻ .*business_improvement_districts\.zip: transfer stopped after 3,091 bytes \(.+\); attempt 2/.test(l))).toBe(true);
    expect(progress.lines.some((l) => l.includes('HTTP 500 Internal Server Error, text/html: "Service unavailable'))).toBe(true);
  });

  it('gives up after the retries on a lasting 500, saying what came back, and leaves no partial file', async () => {
    const { report, rawDir, requests } = await fetchOnly(['bids'], { faults: { [BID_ZIP]: ['status-500', 'status-500', 'status-500'] } });
    expect(hits(requests, BID_ZIP)).toBe(3);
    expect(report.failures[0]?.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/data\.london\.gov\.uk\/.*\.zip failed after 3 attempts: HTTP 500 Internal Server Error, text\/html: "Service unavailable/);
    expect(report.failures[0]?.optional).toBe(true);
    expect(readdirSync(rawDir).filter((name) => !name.startsWith('.'))).toEqual([]);
  });

  it('times out a stalled response and retries it', async () => {
    const started = performance.now();
    const { report, requests, progress } = await fetchOnly(['bids'], { faults: { [BID_ZIP]: ['stall'] } });
    expect(report.failures).toEqual([]);
    expect(hits(requests, BID_ZIP)).toBe(2);
    expect(progress.lines.some((l) => l.includes('no data for 1.5 s'))).toBe(true);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('names a zip cut short at a consistent length as unreadable (probably truncated)', async () => {
    const { report } = await fetchOnly(['bids'], { faults: { [BID_ZIP]: ['cut-zip'] } });
    expect(report.failures[0]?.message).toMatch(/^bids: .*business_improvement_districts\.zip: the zip archive cannot be read \(.*\); it is probably truncated$/);
  });

  it('falls back to the next candidate service name when the first answers "Invalid URL"', async () => {
    const boroughs = sources.datasets.find((d) => d.id === 'boroughs');
    if (boroughs?.kind !== 'arcgis') throw new Error('boroughs is not an ArcGIS dataset in data/sources.json');
    const renamed = { ...boroughs, services: ['Local_Authority_Districts_December_2022_UK_BGC_V9', ...boroughs.services] };
    const { report, rawDir, requests } = await fetchOnly(['boroughs'], {}, [renamed]);
    expect(report.failures).toEqual([]);
    expect(requests.some((r) => r.includes('_V9/FeatureServer/0?f=json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(rawDir, 'boroughs.geojson'), 'utf8')).features).toHaveLength(33);
  });

  it('takes the LSOAs from the ONS layer when the London Datastore zip keeps failing', async () => {
    const zip = 'LB_LSOA2021_shp.zip';
    const { report, rawDir, progress } = await fetchOnly(['lsoa21'], { faults: { [zip]: ['status-500', 'status-500', 'status-500'] } });
    expect(report.failures).toEqual([]);
    expect(progress.lines.some((l) => l.includes('failed after 3 attempts: HTTP 500') && l.includes('using lsoa21-ons instead'))).toBe(true);
    const lsoas = JSON.parse(readFileSync(join(rawDir, 'lsoa21.geojson'), 'utf8')) as { features: { properties: Record<string, string> }[] };
    expect(lsoas.features).toHaveLength(4994);
    expect(lsoas.features[0]?.properties).toEqual({ LSOA21CD: 'E01000001', LSOA21NM: 'City of London 001A', MSOA21CD: 'E02000001', LAD22CD: 'E09000001' });
    expect(JSON.parse(readFileSync(join(rawDir, 'lsoa21.meta.json'), 'utf8')).source).toContain('lsoa21-ons');
  });

  it('walks object ids (keyset paging) on a layer without pagination', async () => {
    const { report, rawDir, requests } = await fetchOnly(['wards-2022'], { arcgis: { noPagination: true } });
    expect(report.failures).toEqual([]);
    const wheres = requests.filter((r) => r.includes('/query?') && r.includes('orderByFields')).map((r) => new URL(r, 'http://x').searchParams.get('where'));
    expect(wheres).toEqual(["(LAD22CD LIKE 'E09%') AND FID > -1", "(LAD22CD LIKE 'E09%') AND FID > 250", "(LAD22CD LIKE 'E09%') AND FID > 500"]);
    expect(JSON.parse(readFileSync(join(rawDir, 'wards-2022.geojson'), 'utf8')).features).toHaveLength(704);
  });

  it('reports every candidate\'s ArcGIS error when no service name answers', async () => {
    const { report } = await fetchOnly(['boroughs'], { arcgis: { missing: ['Local_Authority_Districts_December_2022_UK_BGC_V2'] } });
    expect(report.failures[0]?.message).toContain('boroughs: no candidate ArcGIS service answered');
    expect(report.failures[0]?.message).toMatch(/Local_Authority_Districts_December_2022_UK_BGC_V3: .*answered with ArcGIS error 400: Invalid URL \(Invalid URL\)/);
  });

  it('fails a core dataset when a service it needs is unreachable, naming the connection error, without waiting on every other dataset', async () => {
    server = await startFakeServices({ giasDate: '20261128' });
    const down = server.base;
    await server.close();
    process.env.LDM_FETCH_BASE = down;
    const report = await runFetch({ rawDir: newRawDir(), sources, http, progress: recordingProgress(), today });
    expect(report.written).toEqual([]);
    expect(report.failures.map((f) => f.id)).toEqual(['boroughs', 'wards-2022', 'lsoa21', 'census-oa', 'bids', 'schools']);
    expect(report.failures[0]?.message).toMatch(/ECONNREFUSED/);
    expect(report.failures[1]?.message).toContain('host unreachable earlier in this run; not retried');
  });
});

describe('progress display', () => {
  it('shows file, bytes and percent; rows and percent for ArcGIS pages', () => {
    expect(progressLine('census2021-ts001.zip', { bytes: 12_300_000, total: 49_200_000 })).toBe('  ↓ census2021-ts001.zip: 12.3 MB of 49.2 MB (25%)');
    expect(progressLine('oa-lookup', { bytes: 900_000, total: null, items: { done: 7_500, total: 26_369 } }, 'page 3')).toBe('  ↓ oa-lookup page 3: 900.0 kB, 7,500 of 26,369 rows (28%)');
  });
});
