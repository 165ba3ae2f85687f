// `npm run data`: validate the source folder and write the app's data into public/data/.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { buildData, writeBuiltData } from './pipeline/build';
import { DataError } from './pipeline/data-error';
import { resolveSourceDir } from './pipeline/source-folder';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolveSourceDir(root);
const outDir = join(root, 'public', 'data');
const started = performance.now();
console.log(`Building app data from ${sourceDir}`);
try {
  const built = await buildData(sourceDir);
  writeBuiltData(outDir, built);
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(outDir)) {
    const bytes = readFileSync(join(outDir, name));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  for (const [id, layer] of Object.entries(built.manifest.layers)) {
    console.log(layer.status === 'present' ? `  ✔ ${id}: ${layer.count} features, ${(layer.bytes / 1e6).toFixed(2)} MB` : `  – ${id}: missing (${layer.reason})`);
  }
  for (const warning of built.manifest.warnings ?? []) console.warn(`  ⚠ ${warning}`);
  const { population, households } = built.manifest.totals;
  console.log(`Population ${population.toLocaleString('en-GB')}, households ${households.toLocaleString('en-GB')}`);
  console.log(`Wrote ${outDir}: ${(raw / 1e6).toFixed(2)} MB, ${(gzip / 1e6).toFixed(2)} MB gzip, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (error instanceof DataError) {
    console.error(`\n✖ Data build stopped: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
