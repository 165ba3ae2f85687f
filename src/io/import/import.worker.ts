/**
 * The import worker: reads and reprojects files off the main thread so a large file never freezes
 * the page. Exposes importFile over Comlink; all logic lives in ./import-file.ts.
 */
import { expose } from 'comlink';
import { importFile } from './import-file';

export type ImportWorkerApi = { importFile: typeof importFile };

expose({ importFile } satisfies ImportWorkerApi);
