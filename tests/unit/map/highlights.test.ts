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
    const { lit, needs } = highlightFilters(
      state({
        result: {
          population: { cutUnits: [{ code: 'E01000001', name: 'x', population: 1, shareInside: 0.5 }] } as AnalysisResult['population'],
          services: { byType: { library: { inside: [{ id: 'lib-1', name: 'A' }], nearestOutside: null } }, missingTypes: [] },
          bids: [{ id: 'bid-9', name: 'B', borough: null, overlapHa: 1, shareOfBid: 0.1, shareOfProposal: 0.2 }],
        },
      }),
    );
    // Lit through feature-state on each source's promoted id (no re-tiling while a vertex is dragged).
    expect(lit).toEqual({ 'highlight-cut-lsoa': ['E01000001'], 'highlight-services': ['lib-1'], 'highlight-bids': ['bid-9'] });
    expect(needs).toEqual(['lsoa']);
  });

  it('fills the areas a proposal was built from, on the right layer', () => {
    const { filters } = highlightFilters(state({ builtFrom: { layer: 'wards', codes: ['E05000366', 'E05000367'] } }));
    expect(filters['highlight-units']).toEqual(['in', ['get', 'code'], ['literal', ['E05000366', 'E05000367']]]);
    // The LSOA fill exists and selects nothing (no literal list at all), rather than being left out.
    expect(filters['highlight-units-lsoa']).toBeDefined();
    expect(JSON.stringify(filters['highlight-units-lsoa'])).not.toContain('literal');
  });

  it('highlights nothing without a selection, on every highlight layer', () => {
    // A proposal that would light up every layer (built from wards, cut LSOAs, a service, a BID), but unselected.
    const busy = state({
      builtFrom: { layer: 'wards', codes: ['E05000366'] },
      result: {
        population: { cutUnits: [{ code: 'E01000001', name: 'x', population: 1, shareInside: 0.5 }] } as AnalysisResult['population'],
        services: { byType: { library: { inside: [{ id: 'lib-1', name: 'A' }], nearestOutside: null } }, missingTypes: [] },
        bids: [{ id: 'bid-9', name: 'B', borough: null, overlapHa: 1, shareOfBid: 0.1, shareOfProposal: 0.2 }],
      },
    });
    const selected = highlightFilters(busy);
    const unselected = highlightFilters({ ...busy, selectedId: null } as AppState);
    const filtered = ['highlight-units', 'highlight-units-lsoa'];
    const stateLit = ['highlight-bids', 'highlight-cut-lsoa', 'highlight-services'];
    // Same layers in both cases (so the loops below cannot pass over an empty set) ...
    expect(Object.keys(unselected.filters).sort()).toEqual(filtered);
    expect(Object.keys(selected.filters).sort()).toEqual(filtered);
    expect(Object.keys(unselected.lit).sort()).toEqual(stateLit);
    // ... four of which the selected proposal lights up, and none of which the unselected one does.
    expect(Object.values(selected.filters).filter((f) => JSON.stringify(f).includes('literal'))).toHaveLength(1);
    expect(Object.values(selected.lit).filter((ids) => ids.length > 0)).toHaveLength(3);
    for (const [id, filter] of Object.entries(unselected.filters)) expect(JSON.stringify(filter), id).not.toContain('literal');
    for (const [id, ids] of Object.entries(unselected.lit)) expect(ids, id).toEqual([]);
    expect(unselected.needs).toEqual([]);
  });
});
