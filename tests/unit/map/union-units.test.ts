import { area } from '@turf/turf';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toggleCode, unionOfUnits } from '../../../src/map/draw/union-units';

// Three unit squares side by side (lon 0..3, lat 51..52) plus one far away: small hand-made fixtures.
const square = (code: string, x: number): FeatureCollection<Polygon, { code: string }>['features'][number] => ({
  type: 'Feature',
  properties: { code },
  geometry: { type: 'Polygon', coordinates: [[[x, 51], [x + 1, 51], [x + 1, 52], [x, 52], [x, 51]]] },
});
const units: FeatureCollection<Polygon, { code: string }> = {
  type: 'FeatureCollection',
  features: [square('A', 0), square('B', 1), square('C', 2), square('Z', 10)],
};

describe('build from areas', () => {
  it('toggles a code in and out', () => {
    expect(toggleCode(['A'], 'B')).toEqual(['A', 'B']);
    expect(toggleCode(['A', 'B'], 'A')).toEqual(['B']);
  });

  it('dissolves adjacent areas into one polygon whose area is their sum', () => {
    const merged = unionOfUnits(units, ['A', 'B', 'C']);
    expect(merged?.type).toBe('Polygon');
    const sum = ['A', 'B', 'C'].reduce((s, c) => s + area(units.features.find((f) => f.properties.code === c)!), 0);
    expect(area(merged!)).toBeCloseTo(sum, -2);
  });

  it('keeps separate areas as a MultiPolygon, and none as null', () => {
    expect(unionOfUnits(units, ['A', 'Z'])?.type).toBe('MultiPolygon');
    expect(unionOfUnits(units, [])).toBeNull();
  });

  it('refuses an unknown code', () => {
    expect(() => unionOfUnits(units, ['A', 'nope'])).toThrow(/nope/);
  });
});
