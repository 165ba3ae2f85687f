import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../../src/data/schema';
import { buildSegmentIndex, ringSegments, snapPoint, type SnapQuery } from '../../../src/map/draw/snap-index';

// A flat test projection: 1° = 1000 px, y down (only relative distances matter to snapping).
const project = (lng: number, lat: number) => ({ x: lng * 1000, y: -lat * 1000 });
const unproject = (x: number, y: number) => ({ lng: x / 1000, lat: -y / 1000 });
const at = (lng: number, lat: number): SnapQuery => ({ lng, lat, tolerancePx: 10, project, unproject });

const ward: FeatureCollection<AreaGeometry> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] },
    },
  ],
};
const index = buildSegmentIndex([ward]);

describe('snapping to area edges', () => {
  it('snaps to a vertex within tolerance, in preference to an edge', () => {
    expect(snapPoint(index, at(1.005, 0.004))).toEqual([1, 0]);
  });

  it('snaps to the nearest point on an edge', () => {
    const snapped = snapPoint(index, at(0.5, 0.006));
    expect(snapped?.[0]).toBeCloseTo(0.5, 6);
    expect(snapped?.[1]).toBeCloseTo(0, 6);
  });

  it('does not snap when nothing is within tolerance', () => {
    expect(snapPoint(index, at(0.5, 0.5))).toBeUndefined();
  });

  it('snaps to extra segments such as another proposal', () => {
    const other = ringSegments([{ type: 'Polygon', coordinates: [[[5, 5], [6, 5], [6, 6], [5, 5]]] }]);
    expect(snapPoint(index, at(5.003, 5.002), other)).toEqual([5, 5]);
  });
});
