/**
 * The stronger baseline the benchmark compares against: the method of the ONS "build a custom
 * area profile" tool, population only. Output-area population-weighted centroids in a flatbush
 * index (built once, like ours); per proposal, the centroids in its bbox are tested with
 * turf.booleanPointInPolygon and their published residents summed. No areas, no wards, no
 * boroughs, no services, no LSOA rule: what a good peer does to answer "how many people live
 * here?", so the table shows what our full analysis costs beyond that. EPSG:4326.
 */
import { booleanPointInPolygon, multiPolygon, polygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AppData } from '../../src/data/schema';

export interface OnsBaseline {
  /** Usual residents (published OA figures) whose OA centroid lies inside the proposal. */
  population(geometry: Polygon | MultiPolygon): number;
  /** Index build time, ms. */
  buildMs: number;
}

export function createOnsBaseline(data: AppData): OnsBaseline {
  const start = performance.now();
  const { lng, lat, residents } = data.oa;
  const index = new Flatbush(Math.max(1, lng.length));
  for (let i = 0; i < lng.length; i++) index.add(lng[i] as number, lat[i] as number, lng[i] as number, lat[i] as number);
  if (lng.length === 0) index.add(1e9, 1e9, 1e9, 1e9);
  index.finish();
  const buildMs = performance.now() - start;
  return {
    buildMs,
    population(geometry) {
      const feature: Feature<Polygon | MultiPolygon> = geometry.type === 'Polygon' ? polygon(geometry.coordinates) : multiPolygon(geometry.coordinates);
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const poly of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) {
        for (const [x = 0, y = 0] of poly[0] ?? []) {
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
      }
      let total = 0;
      for (const i of index.search(minX, minY, maxX, maxY)) {
        if (booleanPointInPolygon([lng[i] as number, lat[i] as number], feature)) total += residents[i] as number;
      }
      return total;
    },
  };
}
