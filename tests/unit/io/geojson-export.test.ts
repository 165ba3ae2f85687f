import { describe, expect, it } from 'vitest';
import { valid } from 'geojson-validation';
import { createStore } from 'zustand/vanilla';
import { proposalsToGeoJson } from '../../../src/io/geojson-export';
import { createProposalsSlice, type ProposalsSlice } from '../../../src/state/proposals-slice';
import type { ResultEntry } from '../../../src/state/results-slice';
import type { AnalysisResult } from '../../../src/analysis/types';

describe('GeoJSON export', () => {
  it('writes every proposal with a shape as a valid feature, with figures only when current', () => {
    const s = createStore<ProposalsSlice>()(createProposalsSlice);
    const poly = { type: 'Polygon' as const, coordinates: [[[-0.1, 51.5], [-0.09, 51.5], [-0.09, 51.51], [-0.1, 51.5]]] };
    const a = s.getState().addProposal(poly, { name: 'A', notes: 'n' });
    const b = s.getState().addProposal(poly, { name: 'B', kind: 'cid' });
    s.getState().addProposal(null, { name: 'No shape' });
    const result = { areaHa: 12.5, population: { estimate: 900, low: 850, high: 950, households: 400 }, electorate: { estimate: 700 } } as AnalysisResult;
    const entry = (status: ResultEntry['status']): ResultEntry => ({ status, result, requestSeq: 1, resultSeq: 1, error: null });
    const fc = proposalsToGeoJson(s.getState().proposals, { [a]: entry('ready'), [b]: entry('pending') });
    expect(valid(fc)).toBe(true);
    expect(fc.features.map((f) => f.properties.name)).toEqual(['A', 'B']);
    expect(fc.features[0]?.properties).toMatchObject({ id: a, kind: 'parish', notes: 'n', areaHa: 12.5, population: 900, populationLow: 850, households: 400, electorate: 700 });
    expect(fc.features[1]?.properties).toMatchObject({ kind: 'cid', areaHa: null, population: null });
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});
