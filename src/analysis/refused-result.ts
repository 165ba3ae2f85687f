/**
 * The result for a proposal that could not be analysed: every figure zero / empty, the
 * problems saying why, status 'refused'.
 */
import { councillorsRule, petitionRule, preceptRule, RULE_CITATIONS } from './governance';
import { POPULATION_METHOD } from './population';
import type { AnalysisResult, Problem, ServicesResult } from './types';

export function refusedResult(proposalId: string, problems: Problem[], vertexCount: number, services: ServicesResult, timingMs: number): AnalysisResult {
  return {
    proposalId,
    status: 'refused',
    areaHa: 0,
    perimeterKm: 0,
    vertexCount,
    problems,
    population: {
      estimate: 0,
      low: 0,
      high: 0,
      rule: 'best-fit',
      method: POPULATION_METHOD,
      bestFit: 0,
      centroidsInside: 0,
      areaWeighted: 0,
      households: 0,
      communal: 0,
      ageBands: null,
      ageBandsCoverage: 0,
      unitsInside: 0,
      lsoasInside: 0,
      lsoasGrazed: 0,
      lsoasSplit: 0,
      cutUnits: [],
    },
    electorate: { estimate: null, method: 'unavailable', explanation: 'Not computed: the boundary could not be analysed.' },
    boroughs: [],
    wards: [],
    services,
    bids: null,
    proposalOverlaps: [],
    parishes: null,
    governance: {
      singleBorough: { value: 0, status: 'info', text: 'Not computed: the boundary could not be analysed.', rule: RULE_CITATIONS.singleBorough },
      petition: petitionRule(null),
      councillors: councillorsRule(null),
      precept: preceptRule(0),
    },
    timingMs,
  };
}
