/**
 * analyse(prepared, proposal, options) → AnalysisResult. The one entry point the worker, the CLI
 * and the tests share. Never throws: bad geometry yields a 'refused' result with problems, and
 * an unexpected internal error is reported the same way.
 */
import { electorateFrom } from './age-and-electorate';
import { bidOverlaps, boroughShares, parishOverlaps, proposalOverlaps, wardShares } from './area-shares';
import { bestFit } from './best-fit';
import { shapeAreaM2, shapePerimeterM } from './geometry/area';
import { geometryProblems } from './geometry-problems';
import { councillorsRule, petitionRule, preceptRule, singleBoroughRule, type BoroughPart } from './governance';
import { overlapLayer } from './layer-overlap';
import { normalizeGeometry } from './normalize';
import { populationFrom } from './population';
import type { Prepared } from './prepare';
import { createProposalContext } from './proposal-context';
import { refusedResult } from './refused-result';
import { noServices, servicesFor } from './services';
import { mergedBids, userLayerOverlaps } from './user-layers';
import type { AnalyseOptions, AnalysisResult, AreaShare, Problem, ProposalInput } from './types';

/** A borough counts as "containing" the proposal when ≥ 1% of its area or its residents lie there (edges are generalised ~20 m). */
export const BOROUGH_SIGNIFICANCE = 0.01;

function significantBoroughs(boroughs: readonly AreaShare[], residents: number): BoroughPart[] {
  return boroughs
    .map((b) => ({ name: b.name, share: Math.max(b.shareOfProposal, residents > 0 ? b.population / residents : 0) }))
    .filter((b) => b.share >= BOROUGH_SIGNIFICANCE)
    .sort((a, b) => b.share - a.share);
}

function analyseValid(prep: Prepared, input: ProposalInput, options: AnalyseOptions, start: number): AnalysisResult {
  const n = normalizeGeometry(input.geometry);
  if (!n.shape) return refusedResult(input.id, n.problems, n.rawVertexCount, noServices(prep.services), performance.now() - start);
  const ctx = createProposalContext(n.shape);
  const perimeterM = shapePerimeterM(n.shape);
  const lsoaOverlaps = overlapLayer(ctx, prep.lsoa);
  const fit = bestFit(prep, ctx, lsoaOverlaps);
  const insideLondonM2 = lsoaOverlaps.reduce((s, o) => s + o.overlapM2, 0);
  const problems: Problem[] = [...n.problems, ...geometryProblems(ctx, perimeterM, insideLondonM2)];
  const { population, age } = populationFrom(prep, fit, lsoaOverlaps);
  const electorate = electorateFrom(age, fit.residents);
  const boroughs = boroughShares(prep, lsoaOverlaps, fit, ctx.areaM2);
  const wards = wardShares(prep, overlapLayer(ctx, prep.wards), fit, ctx.areaM2);
  const isParish = input.kind === 'parish';
  const inBoroughs = significantBoroughs(boroughs, fit.residents);
  const singleBorough = singleBoroughRule(inBoroughs, isParish);
  if (isParish && inBoroughs.length > 1) problems.push({ code: 'crosses-borough', severity: 'warning', message: singleBorough.text });
  return {
    proposalId: input.id,
    status: 'analysed',
    // A zero-area ring (collinear vertices) is exactly 0; the projected area bends it off zero slightly.
    areaHa: problems.some((p) => p.code === 'zero-area') ? 0 : Math.round(shapeAreaM2(n.shape) / 100) / 100,
    perimeterKm: Math.round(perimeterM) / 1000,
    vertexCount: n.shape.vertexCount,
    problems,
    population,
    electorate,
    boroughs,
    wards,
    services: servicesFor(ctx, prep.services),
    bids: mergedBids(ctx, prep.bids ? bidOverlaps(prep.bids, overlapLayer(ctx, prep.bids), ctx.areaM2) : null, prep.userLayers ?? []),
    proposalOverlaps: proposalOverlaps(ctx, input.id, options.otherProposals ?? []),
    parishes: prep.parishes ? parishOverlaps(prep.parishes, overlapLayer(ctx, prep.parishes), ctx.areaM2) : null,
    ...(prep.userLayers?.length ? { referenceLayers: userLayerOverlaps(ctx, prep.userLayers) } : {}),
    governance: {
      singleBorough,
      petition: petitionRule(electorate.estimate),
      councillors: councillorsRule(electorate.estimate),
      precept: preceptRule(population.households, options.preceptPerHousehold),
    },
    timingMs: performance.now() - start,
  };
}

export function analyse(prep: Prepared, input: ProposalInput, options: AnalyseOptions = {}): AnalysisResult {
  const start = performance.now();
  try {
    return analyseValid(prep, input, options, start);
  } catch (error) {
    const problem: Problem = { code: 'analysis-failed', severity: 'error', message: `The analysis failed unexpectedly: ${(error as Error)?.message ?? String(error)}` };
    return refusedResult(String(input?.id ?? ''), [problem], 0, noServices(prep?.services ?? null), performance.now() - start);
  }
}
