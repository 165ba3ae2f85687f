// `npm run fetch-data [-- --only <id>]`: download the official datasets listed in data/sources.json into
// data/raw/, verifying each (HTTP status, content type, parse, feature/row counts, fields). Needs internet.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadDataset } from './fetch/download';
import type { SourcesFile } from './fetch/sources';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = JSON.parse(readFileSync(join(root, 'data', 'sources.json'), 'utf8')) as SourcesFile;
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
const rawDir = join(root, 'data', 'raw');
mkdirSync(rawDir, { recursive: true });

let failures = 0;
for (const dataset of sources.datasets.filter((d) => !only || d.id === only)) {
  process.stdout.write(`↓ ${dataset.id}: ${dataset.title} … `);
  try {
    const bytes = await downloadDataset(dataset, (url) => fetch(url, { headers: { 'user-agent': 'london-district-mapper fetch-data' } }));
    writeFileSync(join(rawDir, dataset.output), bytes);
    console.log(`ok, ${(bytes.length / 1e6).toFixed(2)} MB → data/raw/${dataset.output} (${dataset.licence})`);
  } catch (error) {
    failures += 1;
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    console.log(`FAILED\n  ${error instanceof Error ? error.message : String(error)}${cause}`);
  }
}
console.log('\nNot downloadable automatically (save into data/raw/ by hand):');
for (const manual of sources.manual) console.log(`  • ${manual.title}: ${manual.why}\n    ${manual.parts.join('\n    ')}`);
if (failures > 0) {
  console.error(`\n${failures} dataset(s) failed; nothing else was changed. Without internet, point LONDON_DATA_DIR at a local copy instead.`);
  process.exit(1);
}
