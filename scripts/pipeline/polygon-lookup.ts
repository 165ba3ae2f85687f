import Flatbush from 'flatbush';
import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature } from 'geojson';
import type { AreaGeometry } from '../../src/data/schema';

/** Which polygon holds a point, with a flatbush bbox prefilter (the build runs this ~40,000 times). */
export class PolygonLookup {
  private readonly index: Flatbush;

  constructor(private readonly features: readonly Feature<AreaGeometry>[]) {
    this.index = new Flatbush(Math.max(features.length, 1));
    for (const feature of features) {
      const [west, south, east, north] = turfBbox(feature);
      this.index.add(west, south, east, north);
    }
    if (features.length === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
  }

  /** Index of the first polygon containing [lng, lat], or -1. */
  find(lng: number, lat: number): number {
    for (const i of this.index.search(lng, lat, lng, lat)) {
      const feature = this.features[i];
      if (feature && booleanPointInPolygon([lng, lat], feature)) return i;
    }
    return -1;
  }

  /** Indexes of the points (from `lngs`/`lats`) inside polygon `i`, using a points index built by the caller. */
  static pointsInside(feature: Feature<AreaGeometry>, points: Flatbush, lngs: readonly number[], lats: readonly number[]): number[] {
    const [west, south, east, north] = turfBbox(feature);
    return points.search(west, south, east, north).filter((p) => booleanPointInPolygon([lngs[p] ?? 0, lats[p] ?? 0], feature));
  }
}

export function pointIndex(lngs: readonly number[], lats: readonly number[]): Flatbush {
  const index = new Flatbush(Math.max(lngs.length, 1));
  lngs.forEach((lng, i) => index.add(lng, lats[i] ?? 0, lng, lats[i] ?? 0));
  if (lngs.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return index;
}
