import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../../src/data/schema';
import { buildAreaIndex } from '../../../src/map/area-index';

// Hand-made fixture: an L-shaped area whose bbox covers a square that belongs to its neighbour.
const areas: FeatureCollection<AreaGeometry, { code: string }> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'L' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]]] } },
    { type: 'Feature', properties: { code: 'SQ' }, geometry: { type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]] } },
  ],
};

describe('point-in-area index', () => {
  const index = buildAreaIndex(areas);
  it('finds the area holding a point, not merely one whose box does', () => {
    expect(index.at(0.5, 1.5)?.properties.code).toBe('L');
    expect(index.at(1.5, 1.5)?.properties.code).toBe('SQ');
  });
  it('finds nothing outside every area', () => {
    expect(index.at(5, 5)).toBeUndefined();
  });
  it('answers a point on a shared edge deterministically: the first area in collection order holding it', () => {
    // (1.5, 1) lies on the edge L and SQ share; (1, 1.5) too. Inside neither strictly.
    expect(index.at(1.5, 1)?.properties.code).toBe('L');
    expect(index.at(1, 1.5)?.properties.code).toBe('L');
    const reversed = buildAreaIndex({ ...areas, features: [...areas.features].reverse() });
    expect(reversed.at(1.5, 1)?.properties.code).toBe('SQ');
    // A point strictly inside one area is that area's, whatever the order.
    expect(reversed.at(0.5, 1.5)?.properties.code).toBe('L');
    expect(reversed.at(1.5, 1.2)?.properties.code).toBe('SQ');
  });
});
