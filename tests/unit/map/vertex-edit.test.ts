import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { nearestVertex, removeVertex, roundPolygon } from '../../../src/map/draw/vertex-edit';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
const project = ([x = 0, y = 0]: number[]) => ({ x: x * 100, y: y * 100 });

describe('vertex editing', () => {
  it('finds the vertex under the pointer within tolerance', () => {
    expect(nearestVertex(square, { x: 103, y: 98 }, project, 10)).toEqual({ ring: 0, index: 2 });
    expect(nearestVertex(square, { x: 50, y: 50 }, project, 10)).toBeNull();
  });

  it('removes a vertex and keeps the ring closed, also for the first vertex', () => {
    expect(removeVertex(square, { ring: 0, index: 1 })?.coordinates[0]).toEqual([[0, 0], [1, 1], [0, 1], [0, 0]]);
    expect(removeVertex(square, { ring: 0, index: 0 })?.coordinates[0]).toEqual([[1, 0], [1, 1], [0, 1], [1, 0]]);
  });

  it('refuses to shrink a triangle below three vertices', () => {
    const triangle: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    expect(removeVertex(triangle, { ring: 0, index: 0 })).toBeNull();
  });

  it('rounds coordinates', () => {
    const fine: Polygon = { type: 'Polygon', coordinates: [[[0.123456789, 51.987654321], [1, 0], [1, 1], [0.123456789, 51.987654321]]] };
    expect(roundPolygon(fine, 7).coordinates[0]?.[0]).toEqual([0.1234568, 51.9876543]);
  });
});
