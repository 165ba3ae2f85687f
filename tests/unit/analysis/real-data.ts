/**
 * Real data for the analysis tests: public/data (built by `npm run data` from the London data
 * bundle), loaded and prepared once per test file. Missing data fails loudly, never skips.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, loadAppDataFromDir } from '../../../scripts/lib/load-data';
import { prepare, type Prepared } from '../../../src/analysis/prepare';
import type { AppData } from '../../../src/data/schema';

let cached: Promise<{ data: AppData; prep: Prepared }> | null = null;

export function realData(): Promise<{ data: AppData; prep: Prepared }> {
  if (!existsSync(join(dataDir(), 'manifest.json'))) {
    throw new Error(`No built data in ${dataDir()}: run "npm run data" before the analysis tests.`);
  }
  cached ??= loadAppDataFromDir().then((data) => ({ data, prep: prepare(data) }));
  return cached;
}
