/**
 * `npm run analyse -- <file> [--format json|csv]`: analyse every polygon feature of a GeoJSON, KML,
 * KMZ or zipped Shapefile file (read by the app's own importer) against public/data with the same
 * engine as the app and print the results.
 * A bad file or missing data prints a clear error and exits with code 1.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyse } from '../src/analysis/analyse';
import { prepare } from '../src/analysis/prepare';
import { CliInputError, readCliInput } from './lib/cli-input';
import { FORMATS, toCsv, toJson, type Format } from './lib/cli-format';
import { loadAppDataFromDir } from './lib/load-data';

const USAGE = 'Usage: npm run analyse -- <file.geojson|.kml|.kmz|.zip> [--format json|csv]';

function fail(message: string): never {
  console.error(`analyse: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { format: { type: 'string', default: 'json' } } });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) fail(USAGE);
  const format = parsed.values.format as Format;
  if (!FORMATS.includes(format)) fail(`unknown format "${format}" (json or csv).\n${USAGE}`);

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let input;
  try {
    input = await readCliInput(bytes, basename(file));
  } catch (error) {
    if (error instanceof CliInputError) fail(error.message);
    throw error;
  }
  let data;
  try {
    data = await loadAppDataFromDir();
  } catch (error) {
    fail((error as Error).message);
  }
  const prep = prepare(data);
  for (const note of input.notes) console.error(`note: ${note}`);
  const others = input.proposals;
  const rows = input.proposals.map((p) => ({ input: p, result: analyse(prep, p, { otherProposals: others }) }));
  console.log(format === 'csv' ? toCsv(rows) : toJson(rows));
}

await main();
