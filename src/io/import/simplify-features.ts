/**
 * Simplify features (only with the user's consent) until the file's vertex count fits, by
 * Douglas–Peucker (turf.simplify) with a tolerance in degrees doubled from ~1 m until it does.
 */
import { simplify } from '@turf/turf';
import type { ImportedFeature } from './import-types';

const countVertices = (g: ImportedFeature['geometry']) => (g.type === 'Polygon' ? g.coordinates.flat().length : g.coordinates.flat(2).length);

export function simplifyToFit(features: readonly ImportedFeature[], maxVertices: number): { features: ImportedFeature[]; toleranceM: number } {
  // 1e-5° of latitude ≈ 1.1 m.
  for (let tolerance = 1e-5; tolerance < 0.01; tolerance *= 2) {
    const out = features.map((f) => {
      const geometry = simplify(f.geometry, { tolerance, highQuality: false, mutate: false });
      return { ...f, geometry, vertexCount: countVertices(geometry) };
    });
    if (out.reduce((n, f) => n + f.vertexCount, 0) <= maxVertices) return { features: out, toleranceM: Math.round(tolerance * 111_000) };
  }
  throw new Error('the shapes stay too detailed even when simplified to about 1 km');
}
