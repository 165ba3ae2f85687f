// Runs the datasets of data/sources.json in order: products are written into data/raw/, inputs are
// fetched when a product needs them (once). Skips products already complete (same SHA-256 as when fetched).
import type { FetchContext, Handler, StepOutput, StepResult } from './context';
import { DEFAULT_HTTP, HttpError, type HttpOptions } from './http';
import { consoleProgress, type ProgressSink } from './progress';
import type { Dataset, SourcesFile } from './sources';
import { RawStore } from './store';
import { arcgisHandler } from './kinds/arcgis';
import { censusAssemblyHandler } from './kinds/census-assembly';
import { giasHandler } from './kinds/gias';
import { shapefileZipHandler } from './kinds/shapefile-zip';
import { zipFileHandler } from './kinds/zip-file';
import { zipTablesHandler } from './kinds/zip-tables';

/** One handler per `kind` in sources.json; adding a kind is one entry here. */
const HANDLERS: { [K in Dataset['kind']]: Handler<Extract<Dataset, { kind: K }>> } = {
  arcgis: arcgisHandler,
  'zip-tables': zipTablesHandler,
  'shapefile-zip': shapefileZipHandler,
  'census-assembly': censusAssemblyHandler,
  'zip-file': zipFileHandler,
  'gias-csv': giasHandler,
};

export interface FetchOptions {
  rawDir: string;
  sources: SourcesFile;
  /** Only these dataset ids (and what they need). */
  only?: string[];
  /** Ignore what is already present. */
  force?: boolean;
  http?: HttpOptions;
  progress?: ProgressSink;
  today?: Date;
}

export interface FetchFailure {
  id: string;
  optional: boolean;
  message: string;
  /** The URL that failed, when the cause was a request. */
  url?: string;
}

export interface FetchReport {
  written: string[];
  skipped: string[];
  failures: FetchFailure[];
  warnings: string[];
}

/** The sources.json sidecar spec for an output (a `{date}` in its name matches any YYYYMMDD). */
function sidecarSpec(dataset: Dataset, name: string) {
  for (const [pattern, spec] of Object.entries(dataset.sidecars ?? {})) {
    const regex = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('{date}', '\\d{8}')}$`);
    if (regex.test(name)) return spec;
  }
  return null;
}

/**
 * `<name without extension>.meta.json` beside a fetched file, in the bundle's sidecar format (title,
 * source, licence, attribution, vintage, complete, coverage), so the app credits what was actually fetched.
 */
export function sidecarFor(dataset: Dataset, output: StepOutput, today: Date): { name: string; text: string } | null {
  const spec = sidecarSpec(dataset, output.name);
  if (!spec) return null;
  const meta = {
    title: spec.title,
    source: `${dataset.publisher}: ${output.source} (downloaded ${today.toISOString().slice(0, 10)} by npm run fetch-data)`,
    licence: dataset.licence,
    ...(spec.attribution ? { attribution: spec.attribution } : {}),
    vintage: output.vintage ?? dataset.vintage,
    complete: output.complete ?? true,
    coverage: spec.coverage.replace('{count}', output.count.toLocaleString('en-GB')),
  };
  return { name: `${output.name.replace(/\.[^.]+$/, '')}.meta.json`, text: `${JSON.stringify(meta, null, 2)}\n` };
}

const isProduct = (dataset: Dataset) => (dataset.outputs?.length ?? 0) > 0;

export async function runFetch(options: FetchOptions): Promise<FetchReport> {
  const store = new RawStore(options.rawDir);
  if (options.force) store.clearCache();
  const progress = options.progress ?? consoleProgress();
  const byId = new Map(options.sources.datasets.map((d) => [d.id, d]));
  const memo = new Map<string, Promise<StepResult>>();
  const announced = new Set<string>();
  const report: FetchReport = { written: [], skipped: [], failures: [], warnings: [] };

  const run = (dataset: Dataset): Promise<StepResult> => {
    let pending = memo.get(dataset.id);
    if (!pending) {
      const handler = HANDLERS[dataset.kind] as Handler;
      pending = handler(dataset, context);
      memo.set(dataset.id, pending);
    }
    return pending;
  };
  const context: FetchContext = {
    http: {
      ...(options.http ?? DEFAULT_HTTP),
      onRetry: (url, problem, attempt, waitMs) => progress.say(`  ↻ ${url}: ${problem}; attempt ${attempt} in ${(waitMs / 1000).toFixed(1)} s`),
    },
    progress,
    store,
    today: options.today ?? new Date(),
    async need<T>(id: string): Promise<T> {
      const dataset = byId.get(id);
      if (!dataset) throw new Error(`data/sources.json has no dataset "${id}"`);
      const result = await run(dataset);
      if (!announced.has(id)) {
        announced.add(id);
        progress.say(`  ✔ ${id}: ${result.summary}`);
      }
      return result.value as T;
    },
  };

  const wanted = options.sources.datasets.filter((d) => isProduct(d) && (!options.only || options.only.includes(d.id)));
  for (const dataset of wanted) {
    const fixedNames = (dataset.outputs ?? []).filter((name) => !name.includes('{'));
    if (!options.force && fixedNames.length > 0 && fixedNames.length === dataset.outputs?.length && fixedNames.every((name) => store.isComplete(name))) {
      report.skipped.push(...fixedNames);
      progress.say(`• ${dataset.id}: already in data/raw (${fixedNames.join(', ')}, SHA-256 as fetched); skipped`);
      continue;
    }
    progress.say(`↓ ${dataset.id}: ${dataset.title}`);
    try {
      const result = await run(dataset);
      for (const output of result.outputs) {
        store.write(output.name, output.bytes, { dataset: dataset.id, source: output.source, checks: output.checks });
        report.written.push(output.name);
        const sidecar = sidecarFor(dataset, output, context.today);
        if (sidecar) store.write(sidecar.name, sidecar.text, { dataset: dataset.id, source: 'fetch-data', checks: 'provenance of the file beside it' });
      }
      for (const warning of result.warnings ?? []) {
        report.warnings.push(warning);
        progress.say(`  ⚠ ${warning}`);
      }
      progress.say(`  ✔ ${dataset.id}: ${result.summary}${result.outputs.length ? ` → data/raw/${result.outputs.map((o) => o.name).join(', ')}` : ''} (${dataset.licence})`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report.failures.push({ id: dataset.id, optional: dataset.optional === true, message, ...(error instanceof HttpError ? { url: error.url } : {}) });
      progress.say(`  ✖ ${dataset.id}${dataset.optional ? ' (optional)' : ''}: ${message}`);
    }
  }
  return report;
}
