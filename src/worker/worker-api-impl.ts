/**
 * The worker's API as a plain object, built around an injected file reader so node tests can run
 * it over a MessageChannel exactly as the app runs it in a Worker (see analysis.worker.ts).
 */
import { createEngine, type Engine } from '../analysis/engine';
import { loadAppData } from '../data/load';
import type { AnalysisWorkerApi } from './worker-api';

/** Reads `data/<file>` relative to the base URL; null when it does not exist. */
export type DataReader = (dataBaseUrl: string, file: string) => Promise<string | null>;

export const fetchDataFile: DataReader = async (dataBaseUrl, file) => {
  const response = await fetch(new URL(`data/${file}`, dataBaseUrl));
  return response.ok ? response.text() : null;
};

export function createWorkerApi(read: DataReader = fetchDataFile): AnalysisWorkerApi {
  let engine: Engine | null = null;
  const need = (): Engine => {
    if (!engine) throw new Error('The analysis engine is not ready: data has not loaded.');
    return engine;
  };
  return {
    async init(dataBaseUrl) {
      const start = performance.now();
      const data = await loadAppData((file) => read(dataBaseUrl, file));
      engine = createEngine(data, performance.now() - start);
      return engine.summary();
    },
    analyse: (input, options) => need().analyse(input, options),
    overlapShapes: (input, options) => need().overlapShapes(input, options),
    setReferenceLayer: (layer, collection) => need().setReferenceLayer(layer, collection),
    setUserLayers: (layers) => need().setUserLayers(layers),
    compareShapes: (inputs) => need().compareShapes(inputs),
  };
}
