import { featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { AreaGeometry } from '../../data/schema';

/** Adds `code` to the list, or removes it when already there (a click toggles an area). */
export function toggleCode(codes: readonly string[], code: string): string[] {
  return codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code];
}

/**
 * The union of the chosen areas (EPSG:4326), for "build from areas". Shared edges dissolve, so
 * adjacent wards become one polygon; separate ones stay a MultiPolygon. Null when none is chosen.
 * Throws if a code is not in the collection, so a stale code is never silently dropped.
 */
export function unionOfUnits(units: FeatureCollection<AreaGeometry, { code: string }>, codes: readonly string[]): AreaGeometry | null {
  if (codes.length === 0) return null;
  const byCode = new Map(units.features.map((f) => [f.properties.code, f] as const));
  const chosen: Feature<AreaGeometry>[] = codes.map((code) => {
    const feature = byCode.get(code);
    if (!feature) throw new Error(`No area with code ${code}`);
    return feature;
  });
  if (chosen.length === 1) return chosen[0]?.geometry ?? null;
  return union(featureCollection(chosen))?.geometry ?? null;
}
