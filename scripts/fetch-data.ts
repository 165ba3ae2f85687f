// `npm run fetch-data [-- --only id,id] [--force]`: download the official datasets listed in
// data/sources.json into data/raw/ (what the pipeline reads when there is no LONDON_DATA_DIR and no
// ../shared/data/london), checking each. Needs internet (or LDM_FETCH_BASE pointing at a mirror).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFetch } from './fetch/run';
import type { SourcesFile } from './fetch/sources';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = JSON.parse(readFileSync(join(root, 'data', 'sources.json'), 'utf8')) as SourcesFile;
const arg = (flag: string) => {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const only = arg('--only')?.split(',');
const rawDir = join(root, 'data', 'raw');

console.log(`Fetching London open data into ${rawDir}${process.env.LDM_FETCH_BASE ? ` through ${process.env.LDM_FETCH_BASE}` : ''}`);
const report = await runFetch({ rawDir, sources, ...(only ? { only } : {}), force: process.argv.includes('--force') });

console.log(`\nWritten: ${report.written.join(', ') || 'nothing'}${report.skipped.length ? `; already present: ${report.skipped.join(', ')}` : ''}`);
for (const manual of sources.manual) console.log(`Not fetched automatically: ${manual.title} (${manual.why})`);
const core = report.failures.filter((f) => !f.optional);
const optional = report.failures.filter((f) => f.optional);
if (optional.length > 0) console.log(`Optional datasets not fetched (the app builds without them): ${optional.map((f) => f.id).join(', ')}`);
if (core.length > 0) {
  console.error(`\n✖ fetch-data could not get ${core.map((f) => f.id).join(', ')}:`);
  for (const message of new Set(core.map((f) => f.message))) console.error(`  • ${message}`);
  console.error(
    `\nFiles written before the failure are complete and verified (${report.written.join(', ') || 'none'}); a re-run resumes from them.` +
      '\nWithout access to these servers, put the source files (README "Data", or a copy of the data bundle) in a folder and run' +
      '\n  LONDON_DATA_DIR=/path/to/folder npm start',
  );
  process.exit(1);
}
