/**
 * The analysis Web Worker: exposes the engine over Comlink. Data comes from
 * `${dataBaseUrl}data/<file>` by fetch; all logic lives in src/analysis (see worker-api-impl.ts).
 */
import { expose } from 'comlink';
import { createWorkerApi } from './worker-api-impl';

expose(createWorkerApi());
