/**
 * Runs the importer in its own worker (created on first use, kept for later imports). The file's
 * bytes are transferred, not copied.
 */
import { transfer, wrap, type Remote } from 'comlink';
import type { ImportOptions, ImportResult } from './import-types';
import type { ImportWorkerApi } from './import.worker';

let api: Remote<ImportWorkerApi> | null = null;

export async function importInWorker(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  api ??= wrap<ImportWorkerApi>(new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }));
  const copy = bytes.slice();
  return api.importFile(fileName, transfer(copy, [copy.buffer]), options);
}
