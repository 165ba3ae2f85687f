/**
 * The test run's own data plumbing: ensureTestData() rebuilds a data folder exactly when its source
 * folder or pipeline changed (or the folder was rebuilt from something else), and requireLayers() fails
 * a test file clearly when the built data lacks a layer it reads. Builds into temp folders only.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/data/schema';
import { ensureTestData, stampPath } from '../ensure-test-data';
import { missingLayers, requireLayers } from '../required-layers';
import { SOURCE_DIR } from './analysis/source-tables';

const temp: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temp) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(stampPath(dir), { force: true });
  }
});

/** The real bundle linked file by file, without the named files. */
function sourceWithout(...left: string[]): string {
  const dir = tempDir('ldm-test-source-');
  for (const name of readdirSync(SOURCE_DIR)) if (!left.includes(name)) symlinkSync(join(SOURCE_DIR, name), join(dir, name));
  return dir;
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe('ensureTestData', () => {
  it('builds a stale folder, keeps a fresh one, and rebuilds when the source folder changes', async () => {
    const out = tempDir('ldm-test-data-');
    const noBids = sourceWithout('business_improvement_districts.geojson', 'business_improvement_districts.meta.json');
    expect(await ensureTestData(out, noBids)).toBe('rebuilt');
    expect(manifestOf(out).layers.bids.status).toBe('missing');
    expect(await ensureTestData(out, noBids)).toBe('fresh');

    // The same folder, asked to match the full bundle (another source folder): rebuilt, now with BIDs.
    expect(await ensureTestData(out, SOURCE_DIR)).toBe('rebuilt');
    expect(manifestOf(out).layers.bids.status).toBe('present');

    // Someone rebuilds the folder by hand from something else (here: its manifest edited): rebuilt again.
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ ...manifestOf(out), builtAt: 'elsewhere' }));
    expect(await ensureTestData(out, SOURCE_DIR)).toBe('rebuilt');
    expect(manifestOf(out).builtAt).not.toBe('elsewhere');
  });
});

describe('requireLayers', () => {
  const manifest = {
    layers: {
      wards: { status: 'present', vintage: '2022' },
      bids: { status: 'missing', reason: 'BID boundaries are not in the data folder yet' },
    },
  } as unknown as Manifest;

  it('passes when every needed layer is present in the needed vintage', () => {
    expect(missingLayers(manifest, { wards: '2022' })).toEqual([]);
    expect(() => requireLayers({ manifest }, { wards: true }, 'x.test.ts')).not.toThrow();
  });

  it('names the test file, each missing layer with its reason, a wrong vintage, and the fix', () => {
    expect(() => requireLayers({ manifest }, { wards: '2013', bids: true, parishes: true }, 'x.test.ts')).toThrow(
      'x.test.ts needs data layers the built data does not have:\n' +
        '  wards: vintage "2022", this test needs "2013"\n' +
        '  bids: missing (BID boundaries are not in the data folder yet)\n' +
        '  parishes: not in the manifest at all\n' +
        'Build the data from the full source folder',
    );
  });
});
