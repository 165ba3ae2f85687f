// Set-up steps shared by `npm start` and `npm test`. Plain ESM with node built-ins only:
// it runs on a fresh clone, before node_modules exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Run a command in the repo root, streaming its output; exit the process if it fails. */
export function run(command, args, options = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`✖ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** Newest modification time of any file below `path` (0 when absent). */
function newestBelow(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestBelow(join(path, entry)));
  return newest;
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  if (mtime(installed) >= mtime(join(ROOT, 'package-lock.json'))) return;
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** The same source-folder rule as scripts/pipeline: LONDON_DATA_DIR, else ../shared/data/london, else data/raw. */
export function sourceDir() {
  if (process.env.LONDON_DATA_DIR) return resolve(process.env.LONDON_DATA_DIR);
  const shared = resolve(ROOT, '..', 'shared', 'data', 'london');
  return existsSync(shared) ? shared : join(ROOT, 'data', 'raw');
}

/** Files the pipeline cannot build without; each entry is satisfied by any of its names (or pattern). */
const CORE_FILES = [
  ['boroughs.geojson'],
  ['wards-2022.geojson', /^wards.*\.geojson$/i],
  ['lsoa21.geojson'],
  ['lsoa21-population-census2021.csv', 'census2021-ts001-lsoa.csv'],
  ['oa21-census2021.csv'],
];

/** The core files absent from `dir` (one name per missing entry). */
export function missingCoreFiles(dir) {
  const present = existsSync(dir) ? readdirSync(dir) : [];
  return CORE_FILES.filter((names) => !names.some((name) => (typeof name === 'string' ? present.includes(name) : present.some((file) => name.test(file))))).map(
    (names) => String(names[0]),
  );
}

/**
 * With no source folder (LONDON_DATA_DIR unset, no ../shared/data/london) and data/raw/ incomplete,
 * download the official data into data/raw/ (scripts/fetch-data.ts shows each file's progress and checks
 * it); a failure stops here with the URL, what came back and how to use LONDON_DATA_DIR instead.
 */
export function ensureSourceData() {
  const raw = join(ROOT, 'data', 'raw');
  if (process.env.LONDON_DATA_DIR || sourceDir() !== raw) return;
  const missing = missingCoreFiles(raw);
  if (missing.length === 0) return;
  console.log(`\nNo source folder (LONDON_DATA_DIR is unset and there is no ../shared/data/london): downloading the official open data into data/raw/ (missing ${missing.join(', ')}).`);
  const result = spawnSync('npm', ['run', '--silent', 'fetch-data'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('\n✖ Set-up stopped: the London data could not be downloaded (the reason is above). Point LONDON_DATA_DIR at a folder with the source files to work offline.');
    process.exit(result.status ?? 1);
  }
}

/** Rebuild public/data when it is missing or older than the pipeline code or the source files (downloading them first when there are none). */
export function ensureData() {
  ensureSourceData();
  const manifest = join(ROOT, 'public', 'data', 'manifest.json');
  const inputs = Math.max(
    newestBelow(join(ROOT, 'scripts', 'pipeline')),
    mtime(join(ROOT, 'scripts', 'build-data.ts')),
    mtime(join(ROOT, 'src', 'data', 'schema.ts')),
    newestBelow(sourceDir()),
  );
  if (existsSync(manifest) && mtime(manifest) >= inputs) return;
  run('npm', ['run', '--silent', 'data']);
}

/**
 * Debian chromium drives the browser tests; playwright's own browser download cannot work here.
 * poppler-utils (pdftoppm) turns the printed report's PDF into page images in the report test.
 */
export function ensureChromium() {
  if (existsSync('/usr/bin/chromium') && existsSync('/usr/bin/pdftoppm')) return;
  if (process.getuid?.() !== 0) {
    console.error('Browser tests need Debian chromium and poppler-utils: run `sudo apt-get install -y chromium poppler-utils`.');
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core', 'poppler-utils'], { env });
}
