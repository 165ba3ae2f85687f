import { describe, expect, it } from 'vitest';
import { highlightFilters } from '../../../src/map/draw/highlights';
import type { AnalysisResult } from '../../../src/analysis/types';
import type { AppState } from '../../../src/state/store';

// Only the fields highlightFilters reads; a hand-made fixture, not real results.
function state(partial: { builtFrom?: { layer: 'wards' | 'lsoa'; codes: string[] }; result?: Partial<AnalysisResult> }): AppState {
  const proposal = { id: 'p1', hidden: false, ...(partial.builtFrom ? { builtFrom: partial.builtFrom } : {}) };
  return {
    proposals: [proposal],
    selectedId: 'p1',
    results: partial.result ? { p1: { status: 'ready', result: partial.result, requestSeq: 1, resultSeq: 1, error: null } } : {},
  } as unknown as AppState;
}

describe('map highlights for the selected proposal', () => {
  it('outlines cut LSOAs, rings services inside and BIDs touched, from the analysis result', () => {
    const { filters, needs } = highlightFilters(
      state({
        result: {
          population: { cutUnits: [{ code: 'E01000001', name: 'x', population: 1, shareInside: 0.5 }] } as AnalysisResult['population'],
          services: { byType: { library: { inside: [{ id: 'lib-1', name: 'A' }], nearestOutside: null } }, missingTypes: [] },
          bids: [{ id: 'bid-9', name: 'B', borough: null, overlapHa: 1, shareOfBid: 0.1, shareOfProposal: 0.2 }],
        },
      }),
    );
    expect(filters['highlight-cut-lsoa']).toEqual(['in', ['get', 'code'], ['literal', ['E01000001']]]);
    expect(filters['highlight-services']).toEqual(['in', ['get', 'id'], ['literal', ['lib-1']]]);
    expect(filters['highlight-bids']).toEqual(['in', ['get', 'id'], ['literal', ['bid-9']]]);
    expect(needs).toEqual(['lsoa']);
  });

  it('fills the areas a proposal was built from, on the right layer', () => {
    const { filters } = highlightFilters(state({ builtFrom: { layer: 'wards', codes: ['E05000366', 'E05000367'] } }));
    expect(filters['highlight-units']).toEqual(['in', ['get', 'code'], ['literal', ['E05000366', 'E05000367']]]);
    expect(JSON.stringify(filters['highlight-units-lsoa'])).not.toContain('E05');
  });

  it('highlights nothing without a selection', () => {
    const none = { ...state({}), selectedId: null } as AppState;
    const { filters } = highlightFilters(none);
    for (const filter of Object.values(filters)) expect(JSON.stringify(filter)).not.toContain('literal');
  });
});
