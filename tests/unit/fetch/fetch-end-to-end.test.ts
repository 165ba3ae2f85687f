import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFetch, type FetchReport } from '../../../scripts/fetch/run';
import type { SourcesFile } from '../../../scripts/fetch/sources';
import { recordingProgress } from '../../../scripts/fetch/progress';
import { buildData } from '../../../scripts/pipeline/build';
import { ROOT } from '../pipeline/temp-source';
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
  });

  it('writes every core and optional file, with no failure', () => {
    expect(report.failures).toEqual([]);
    expect(report.written.sort()).toEqual(
      ['boroughs.geojson', 'business_improvement_districts.zip', 'census2021-ts001-lsoa.csv', 'edubasealldata20261128.csv', 'lsoa21.geojson', 'oa21-census2021.csv', 'wards-2022.geojson'].sort(),
    );
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
