/**
 * Typed client for the analysis worker: the app's only way to run an analysis, so the main thread
 * never blocks on it. Usage:
 *
 *   const client = createAnalysisClient(import.meta.env.BASE_URL);
 *   const summary = await client.ready;              // data loaded + indexed in the worker
 *   const r = await client.analyse(proposalInput);   // AnalysisResult | 'superseded'
 *
 * Latest-request-wins per proposal id (see ./latest-wins.ts): while one analysis of a proposal
 * runs, only the newest further request for it is kept; replaced ones resolve 'superseded'.
 */
import { wrap, type Remote } from 'comlink';
import type { FeatureCollection } from 'geojson';
import type { AnalyseOptions, AnalysisResult, DataSummary, ProposalInput, ReferenceLayer } from '../analysis/types';
import type { OverlapShapesResult } from '../analysis/overlap-shapes';
import type { CompareInput, CompareShapesResult } from '../analysis/compare-shapes';
import type { UserLayerInput } from '../analysis/user-layers';
import { createLatestWins, type Superseded } from './latest-wins';
import type { AnalysisWorkerApi } from './worker-api';
import { markOnce } from '../perf/marks';

export { SUPERSEDED, type Superseded } from './latest-wins';

export interface AnalysisClient {
  /** Resolves once the worker has loaded and indexed public/data; rejects with the load error. */
  ready: Promise<DataSummary>;
  analyse(input: ProposalInput, options?: AnalyseOptions): Promise<AnalysisResult | Superseded>;
  /** The overlap map's pieces for one proposal; latest request wins per proposal id, like analyse. */
  overlapShapes(input: ProposalInput, options?: AnalyseOptions): Promise<OverlapShapesResult | Superseded>;
  /** Load a user's reference layer (services, BIDs, parishes) into the engine; null restores the built-in one. */
  setReferenceLayer(layer: ReferenceLayer, collection: FeatureCollection | null): Promise<DataSummary>;
  /** Replace every reference layer the user loaded; resolves with each layer's feature count once indexed. */
  setUserLayers(layers: UserLayerInput[]): Promise<number[]>;
  /** The compare map's differences; latest-wins (a newer comparison supersedes a waiting one). */
  compareShapes(inputs: CompareInput[]): Promise<CompareShapesResult | Superseded>;
  dispose(): void;
}

interface Job {
  input: ProposalInput;
  options: AnalyseOptions | undefined;
}

/**
 * @param dataBaseUrl base URL the app is served from (Vite's BASE_URL, ending in '/'); data is
 *   fetched from `${dataBaseUrl}data/<file>`.
 * @param makeWorker injectable for tests; defaults to the module worker beside this file.
 */
export function createAnalysisClient(
  dataBaseUrl: string,
  makeWorker: () => Worker = () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
): AnalysisClient {
  const worker = makeWorker();
  const api: Remote<AnalysisWorkerApi> = wrap<AnalysisWorkerApi>(worker);
  const ready = api.init(dataBaseUrl);
  void ready.then(() => markOnce('engine-ready'), () => undefined);
  // A rejected `ready` must not surface as an unhandled rejection if the caller only awaits analyse().
  ready.catch(() => undefined);
  const scheduler = createLatestWins<Job, AnalysisResult>(async (job) => {
    await ready;
    return api.analyse(job.input, job.options);
  });

  // A queue of its own: a waiting overlap request never displaces a waiting analysis of the same proposal.
  const overlapScheduler = createLatestWins<Job, OverlapShapesResult>(async (job) => {
    await ready;
    return api.overlapShapes(job.input, job.options);
  });

  const comparisons = createLatestWins<CompareInput[], CompareShapesResult>(async (inputs) => {
    await ready;
    return api.compareShapes(inputs);
  });

  return {
    ready,
    compareShapes: (inputs) => comparisons.submit('compare', inputs),
    analyse: (input, options) => scheduler.submit(input.id, { input, options }),
    overlapShapes: (input, options) => overlapScheduler.submit(input.id, { input, options }),
    setReferenceLayer: async (layer, collection) => {
      await ready;
      return api.setReferenceLayer(layer, collection);
    },
    setUserLayers: async (layers) => {
      await ready;
      return api.setUserLayers(layers);
    },
    dispose() {
      scheduler.cancelAll();
      overlapScheduler.cancelAll();
      comparisons.cancelAll();
      worker.terminate();
    },
  };
}
