/**
 * The functions the analysis worker exposes over Comlink. The client (./client.ts) and the worker
 * (./analysis.worker.ts) both take their types from here, so they cannot drift apart.
 */
import type { FeatureCollection } from 'geojson';
import type { OverlapShapesResult } from '../analysis/overlap-shapes';
import type { CompareInput, CompareShapesResult } from '../analysis/compare-shapes';
import type { UserLayerInput } from '../analysis/user-layers';
import type { AnalyseOptions, AnalysisResult, DataSummary, ProposalInput, ReferenceLayer } from '../analysis/types';

export interface AnalysisWorkerApi {
  /** Fetch `${dataBaseUrl}data/<file>` per manifest.json, validate, build indexes. Rejects with a clear message. */
  init(dataBaseUrl: string): Promise<DataSummary>;
  /** Never throws for bad geometry (problems are in the result); rejects only if init has not succeeded. */
  analyse(input: ProposalInput, options?: AnalyseOptions): AnalysisResult;
  /** The overlap map's pieces for one proposal (src/analysis/overlap-shapes.ts); never throws for bad geometry. */
  overlapShapes(input: ProposalInput, options?: AnalyseOptions): OverlapShapesResult;
  /** Replace (or, with null, reset to the built-in data) a reference layer a user loaded; re-indexes it. */
  setReferenceLayer(layer: ReferenceLayer, collection: FeatureCollection | null): DataSummary;
  /** Replace every reference layer the user loaded (they take part in every later analysis). */
  setUserLayers(layers: UserLayerInput[]): number[];
  /** Regions in exactly each set of 2–4 compared proposals, with area and residents (the compare map). */
  compareShapes(inputs: CompareInput[]): CompareShapesResult;
}
