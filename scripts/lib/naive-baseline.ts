/**
 * The naive baseline the benchmark compares against: the same core questions answered with
 * turf over every feature, no spatial index, no prefilter. Population by point-in-polygon over
 * every output-area centroid; area-weighted population, ward and borough overlaps by
 * turf.intersect + turf.area over every LSOA / ward / borough; services inside by
 * point-in-polygon over every point. Areas geodesic (turf.area).
 *
 * One concession keeps it runnable: each feature's bbox is checked (linearly, no index) before
 * turf.intersect, which otherwise costs ~4 ms even for disjoint pairs (≈ 20 s per analysis).
 * That makes the baseline faster, so the measured speed-up is conservative.
 */
import { area, bbox, booleanPointInPolygon, featureCollection, intersect, multiPolygon, point, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AppData } from '../../src/data/schema';

export interface NaiveResult {
  bestFit: number;
  areaWeighted: number;
  wardsTouched: number;
  boroughsTouched: number;
  servicesInside: number;
}

const asFeature = (g: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => (g.type === 'Polygon' ? polygon(g.coordinates) : multiPolygon(g.coordinates));

function overlapM2(a: Feature<Polygon | MultiPolygon>, b: Feature<Polygon | MultiPolygon>): number {
  const [a0, a1, a2, a3] = bbox(a);
  const [b0, b1, b2, b3] = bbox(b);
  if (a0 > b2 || b0 > a2 || a1 > b3 || b1 > a3) return 0;
  try {
    const cut = intersect(featureCollection([a, b]));
    return cut ? area(cut) : 0;
  } catch {
    return 0;
  }
}

export function naiveAnalyse(data: AppData, geometry: Polygon | MultiPolygon): NaiveResult {
  const proposal = asFeature(geometry);
  let bestFit = 0;
  for (let i = 0; i < data.oa.codes.length; i++) {
    if (booleanPointInPolygon(point([data.oa.lng[i] as number, data.oa.lat[i] as number]), proposal)) bestFit += data.oa.residents[i] as number;
  }
  let areaWeighted = 0;
  for (const l of data.lsoa.features) {
    const m2 = overlapM2(proposal, asFeature(l.geometry));
    if (m2 > 0) areaWeighted += l.properties.population * Math.min(1, m2 / l.properties.areaM2);
  }
  const wardsTouched = data.wards.features.filter((w) => overlapM2(proposal, asFeature(w.geometry)) > 0).length;
  const boroughsTouched = data.boroughs.features.filter((b) => overlapM2(proposal, asFeature(b.geometry)) > 0).length;
  const servicesInside = (data.services?.features ?? []).filter((s) => booleanPointInPolygon(s, proposal)).length;
  return { bestFit, areaWeighted: Math.round(areaWeighted), wardsTouched, boroughsTouched, servicesInside };
}
