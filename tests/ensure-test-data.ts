/**
 * Makes the test run read data built from the current source folder, whatever was built last.
 *
 * The analysis and browser tests read public/data (or LDM_DATA_DIR); the pipeline tests build from the
 * source folder (LONDON_DATA_DIR, else ../shared/data/london, else data/raw). To keep the two in step,
 * the vitest global setups call ensureTestData(): it fingerprints the source folder's files, the pipeline
 * code and the built manifest (SHA-256 of their contents, ~50 ms for the 19 MB bundle) and re-runs the
 * pipeline into the data folder when the fingerprint differs from the one recorded at the last build
 * (a changed bundle, another source folder, edited pipeline code, or public/data rebuilt by hand from
 * something else). The stamp lives in node_modules/.cache, outside the folder the app serves.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildData, writeBuiltData } from '../scripts/pipeline/build';
import { resolveSourceDir } from '../scripts/pipeline/source-folder';
import { dataDir } from '../scripts/lib/load-data';

const ROOT = resolve(import.meta.dirname, '..');
const PIPELINE_CODE = ['scripts/pipeline', 'scripts/build-data.ts', 'src/data/schema.ts', 'src/data/label-point.ts'];

function filesBelow(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesBelow(join(path, name)));
}

function hashFiles(hash: ReturnType<typeof createHash>, base: string, files: string[]): void {
  for (const file of files) {
    hash.update(`${relative(base, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
}

/** Fingerprint of what the data in `outDir` should have been built from (source path and contents, pipeline code). */
export function inputFingerprint(sourceDir: string): string {
  const hash = createHash('sha256');
  hash.update(`source:${sourceDir}\0`);
  hashFiles(hash, sourceDir, filesBelow(sourceDir));
  for (const path of PIPELINE_CODE) hashFiles(hash, ROOT, filesBelow(join(ROOT, path)));
  return hash.digest('hex');
}

function manifestHash(outDir: string): string | null {
  const path = join(outDir, 'manifest.json');
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
}

interface Stamp {
  inputs: string;
  manifest: string | null;
}

export function stampPath(outDir: string): string {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(ROOT, 'node_modules', '.cache', 'ldm-test-data', `${key}.json`);
}

function readStamp(path: string): Stamp | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

/** Rebuilds the test data folder when it was not built from the current source folder and pipeline. */
export async function ensureTestData(outDir: string = dataDir(), sourceDir: string = resolveSourceDir(ROOT)): Promise<'fresh' | 'rebuilt'> {
  if (!existsSync(sourceDir)) throw new Error(`The source data folder ${sourceDir} does not exist: set LONDON_DATA_DIR or run "npm run fetch-data".`);
  const inputs = inputFingerprint(sourceDir);
  const path = stampPath(outDir);
  const stamp = readStamp(path);
  if (stamp && stamp.inputs === inputs && stamp.manifest !== null && stamp.manifest === manifestHash(outDir)) return 'fresh';
  const started = performance.now();
  writeBuiltData(outDir, await buildData(sourceDir));
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify({ inputs, manifest: manifestHash(outDir) } satisfies Stamp));
  console.log(`[test data] rebuilt ${outDir} from ${sourceDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 'rebuilt';
}
