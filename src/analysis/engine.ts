/**
 * A stateful engine over loaded data: prepared indexes plus any reference layers a user loaded
 * (services, BIDs, parishes) in place of the built-in ones. The worker holds one; node code can
 * too. All calculation stays in the pure modules it calls.
 */
import type { FeatureCollection } from 'geojson';
import type { AppData, BidCollection, ParishCollection, ServiceCollection } from '../data/schema';
import { analyse } from './analyse';
import { overlapShapes, type OverlapShapesResult } from './overlap-shapes';
import { compareShapes, type CompareInput, type CompareShapesResult } from './compare-shapes';
import { prepare, prepareBids, prepareParishes, prepareServiceLayer, type Prepared } from './prepare';
import { prepareUserLayers, type UserLayerInput } from './user-layers';
import type { AnalyseOptions, AnalysisResult, DataSummary, ProposalInput, ReferenceLayer } from './types';

export interface Engine {
  summary(): DataSummary;
  analyse(input: ProposalInput, options?: AnalyseOptions): AnalysisResult;
  /** The overlap map's shapes for one proposal (overlap-shapes.ts); same options as analyse. */
  overlapShapes(input: ProposalInput, options?: AnalyseOptions): OverlapShapesResult;
  /** Replace a reference layer (features assumed validated by the importer); null restores the built-in one. */
  setReferenceLayer(layer: ReferenceLayer, collection: FeatureCollection | null): DataSummary;
  /** Replace every user reference layer (src/analysis/user-layers.ts); [] removes them all. Returns how many features each has. */
  setUserLayers(layers: UserLayerInput[]): number[];
  /** The compare map's differences between 2–4 proposals (compare-shapes.ts). */
  compareShapes(inputs: CompareInput[]): CompareShapesResult;
}

export function createEngine(data: AppData, loadMs = 0): Engine {
  const prep: Prepared = prepare(data);
  let userInputs: UserLayerInput[] = [];
  const summary = (): DataSummary => ({
    oaCount: prep.oa.count,
    lsoaCount: prep.lsoa.props.length,
    wardCount: prep.wards.props.length,
    boroughCount: prep.boroughs.props.length,
    serviceCount: prep.services?.props.length ?? 0,
    bidCount: prep.bids?.props.length ?? null,
    parishCount: prep.parishes?.props.length ?? null,
    londonPopulation: prep.oa.total,
    loadMs,
    prepareMs: prep.prepareMs,
  });
  return {
    summary,
    analyse: (input, options) => analyse(prep, input, options),
    overlapShapes: (input, options) => overlapShapes(prep, input, options),
    compareShapes: (inputs) => compareShapes(prep, inputs),
    setReferenceLayer(layer, collection) {
      // The importer validates geometry and properties; the casts only name the expected schema.
      if (layer === 'services') prep.services = prepareServiceLayer((collection as ServiceCollection | null) ?? data.services);
      if (layer === 'bids') prep.bids = prepareBids((collection as BidCollection | null) ?? data.bids);
      if (layer === 'parishes') prep.parishes = prepareParishes((collection as ParishCollection | null) ?? data.parishes);
      // A new built-in BID layer changes which user BIDs duplicate it.
      if (layer === 'bids' && userInputs.length > 0) prep.userLayers = prepareUserLayers(userInputs, prep.bids);
      return summary();
    },
    setUserLayers(layers) {
      userInputs = layers;
      prep.userLayers = prepareUserLayers(layers, prep.bids);
      return prep.userLayers.map((l) => l.layer.props.length);
    },
  };
}
