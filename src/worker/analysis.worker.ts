/**
 * The analysis Web Worker: a thin Comlink wrapper. Fetches public/data, builds the engine once,
 * and exposes AnalysisWorkerApi (./worker-api.ts). All logic lives in src/analysis.
 */
import { expose } from 'comlink';
import { createEngine, type Engine } from '../analysis/engine';
import { loadAppData } from '../data/load';
import type { AnalysisWorkerApi } from './worker-api';

let engine: Engine | null = null;
const need = (): Engine => engine ?? (() => { throw new Error('The analysis engine is not ready: data has not loaded.'); })();

const api: AnalysisWorkerApi = {
  async init(dataBaseUrl) {
    const start = performance.now();
    const data = await loadAppData(async (file) => {
      const response = await fetch(new URL(`data/${file}`, dataBaseUrl));
      return response.ok ? response.text() : null;
    });
    engine = createEngine(data, performance.now() - start);
    return engine.summary();
  },
  analyse: (input, options) => need().analyse(input, options),
  setReferenceLayer: (layer, collection) => need().setReferenceLayer(layer, collection),
};

expose(api);
