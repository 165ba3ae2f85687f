/**
 * Real data for the analysis tests: public/data (or LDM_DATA_DIR), built from the source folder by the
 * unit project's global setup (tests/ensure-test-data.ts), loaded and prepared once per test file.
 * Each file states the layers it reads; a missing one fails loudly (requireLayers), never skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, loadAppDataFromDir } from '../../../scripts/lib/load-data';
import { prepare, type Prepared } from '../../../src/analysis/prepare';
import type { AppData, Manifest } from '../../../src/data/schema';
import { requireLayers, type LayerNeeds } from '../../required-layers';

/** The layers the app cannot run without (schema REQUIRED_LAYERS), for callers that state nothing more. */
const CORE: LayerNeeds = { boroughs: true, wards: true, lsoa: true, oa: true, london: true };

let cached: Promise<{ data: AppData; prep: Prepared }> | null = null;

export async function realData(needs: LayerNeeds = CORE, testFile = 'an analysis test'): Promise<{ data: AppData; prep: Prepared }> {
  builtManifest(needs, testFile);
  cached ??= loadAppDataFromDir().then((data) => ({ data, prep: prepare(data) }));
  return cached;
}

/** The built manifest, after checking it has the layers `testFile` needs (for tests that read the data another way). */
export function builtManifest(needs: LayerNeeds, testFile: string): Manifest {
  const path = join(dataDir(), 'manifest.json');
  if (!existsSync(path)) throw new Error(`No built data in ${dataDir()}: run "npm run data" before the analysis tests.`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  requireLayers({ manifest }, needs, testFile);
  return manifest;
}
