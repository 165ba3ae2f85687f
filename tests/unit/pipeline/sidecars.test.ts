import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../../../scripts/pipeline/data-error';
import { checkSidecarCount, readSidecar, statedCounts } from '../../../scripts/pipeline/sidecar';
import { buildData } from '../../../scripts/pipeline/build';
import { SOURCE_DIR, tempSource } from './temp-source';

const WARD_META = readFileSync(join(SOURCE_DIR, 'wards-2022.meta.json'), 'utf8');
const withWardMeta = (text: string) => tempSource(['wards-2022.geojson'], { 'wards-2022.meta.json': text });
/** Every bundle file except those named (and their sidecars, when `alsoSidecars`). */
const bundleExcept = (...names: string[]) => readdirSync(SOURCE_DIR).filter((name) => !names.includes(name));

describe('sidecars (X.meta.json) are validated field by field', () => {
  it('reads the real 2022 wards sidecar', () => {
    const meta = readSidecar(join(SOURCE_DIR, 'wards-2022.geojson'));
    expect(meta).toMatchObject({ file: 'wards-2022.geojson', vintage: 'December 2022', complete: true });
    expect(meta?.attribution).toMatch(/^Source: Office for National Statistics/);
  });

  it('no sidecar means null (built-in provenance applies)', () => {
    expect(readSidecar(join(SOURCE_DIR, 'boroughs.geojson'))).toBeNull();
  });

  it('a sidecar that is not valid JSON names the sidecar', () => {
    const dir = withWardMeta(WARD_META.slice(0, 80));
    expect(() => readSidecar(join(dir, 'wards-2022.geojson'))).toThrow(/^wards-2022\.meta\.json: not valid JSON/);
  });

  it('a sidecar without a required field names the field', () => {
    const { vintage: _dropped, ...rest } = JSON.parse(WARD_META) as Record<string, unknown>;
    const dir = withWardMeta(JSON.stringify(rest));
    expect(() => readSidecar(join(dir, 'wards-2022.geojson'))).toThrow('wards-2022.meta.json: "vintage" is missing');
  });

  it('"complete" must be true or false', () => {
    const dir = withWardMeta(JSON.stringify({ ...JSON.parse(WARD_META), complete: 'yes' }));
    expect(() => readSidecar(join(dir, 'wards-2022.geojson'))).toThrow('wards-2022.meta.json: "complete" is not true or false');
  });
});

describe('a sidecar is checked against its file', () => {
  it('finds the counts a coverage sentence states, not its years', () => {
    expect(statedCounts('State and independent schools open in 2016 inside London (2,926).')).toEqual([2926]);
    expect(statedCounts('7 of the 76 GLA BIDs: those touching the City')).toEqual([7, 76]);
    expect(statedCounts("All of London's civil parishes (one).")).toEqual([]);
  });

  it('accepts a stated count, or the sum of per-kind counts (the health file)', () => {
    expect(() => checkSidecarCount({ file: 'x.geojson', coverage: 'All 704 wards of the 33 boroughs' }, 704)).not.toThrow();
    expect(() => checkSidecarCount({ file: 'x.geojson', coverage: 'GPs (1,473), pharmacies (1,890), dentists (1,261), hospitals (186), clinics (606)' }, 5416)).not.toThrow();
    expect(() => checkSidecarCount({ file: 'x.geojson', coverage: 'no numbers here' }, 12)).not.toThrow();
  });

  it('rejects a sidecar whose count contradicts the file', () => {
    expect(() => checkSidecarCount({ file: 'x.geojson', coverage: 'Schools (2,926).' }, 2925)).toThrow(
      'x.meta.json: coverage states 2,926 but x.geojson has 2,925 features: the sidecar does not describe this file',
    );
    expect(() => checkSidecarCount({ file: 'x.geojson', coverage: 'anything', count: 10 }, 11)).toThrow('x.meta.json: says "count": 10 but x.geojson has 11 features');
  });

  it('stops the build when a core layer’s sidecar contradicts its file', async () => {
    const meta = { ...JSON.parse(WARD_META), coverage: 'All 700 wards of the 33 London boroughs.' };
    const dir = tempSource(bundleExcept('wards-2022.meta.json'), { 'wards-2022.meta.json': JSON.stringify(meta) });
    await expect(buildData(dir)).rejects.toThrow(/^wards-2022\.meta\.json: coverage states 700, 33 but wards-2022\.geojson has 704 features/);
  });

  it('stops the build when a core layer’s sidecar is broken', async () => {
    const dir = tempSource(bundleExcept('wards-2022.meta.json'), { 'wards-2022.meta.json': '{"title": "Wards"' });
    await expect(buildData(dir)).rejects.toThrow(DataError);
    await expect(buildData(dir)).rejects.toThrow(/^wards-2022\.meta\.json: not valid JSON/);
  });
});
