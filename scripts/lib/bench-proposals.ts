/**
 * The benchmark's fixed, seeded set of proposals (EPSG:4326): each borough's own boundary, the
 * same resampled to 200 vertices, a sample of wards, and random star-shaped polygons of several
 * sizes and vertex counts placed inside London.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { normalizeGeometry } from '../../src/analysis/normalize';
import { createProposalContext } from '../../src/analysis/proposal-context';
import type { AppData } from '../../src/data/schema';

export interface BenchGroup {
  name: string;
  /** True for the rows the budget applies to (borough-sized, 200 vertices). */
  budget: boolean;
  /** The naive baseline takes minutes per proposal here: run it only when asked (--baseline-slow). */
  slowBaseline?: boolean;
  proposals: (Polygon | MultiPolygon)[];
}

/** mulberry32: small seeded PRNG so every run uses the same polygons. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Largest ring of a geometry resampled to n vertices (evenly spread original vertices). Skipping
 * vertices can make the ring cross itself; other starting offsets are tried, and null is returned
 * if every one crosses (such proposals would measure the bow-tie fallback, not the usual path).
 */
function resample(geometry: Polygon | MultiPolygon, n: number): Polygon | null {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates[0] ?? []] : geometry.coordinates.map((p) => p[0] ?? []);
  const ring = rings.reduce((a, b) => (b.length > a.length ? b : a), [] as Position[]).slice(0, -1);
  const m = Math.min(n, ring.length);
  for (let offset = 0; offset < 8; offset++) {
    const out = Array.from({ length: m }, (_, i) => ring[(Math.floor((i * ring.length) / m) + offset) % ring.length] as Position);
    const candidate: Polygon = { type: 'Polygon', coordinates: [[...out, out[0] as Position]] };
    const shape = normalizeGeometry(candidate).shape;
    if (shape && createProposalContext(shape).crossings === 0) return candidate;
  }
  return null;
}

/**
 * Random star-shaped polygon, like a hand-drawn area: `vertices` points at angles 2πi/n, radius
 * `radiusDeg` (degrees of latitude; longitude stretched by 1/cos 51.5°) modulated by two random
 * low-frequency waves (lobes and bays) plus ±3% jitter per vertex, centred on a random
 * output-area centroid so it sits on populated London.
 */
function randomStar(data: AppData, rand: () => number, vertices: number, radiusDeg: number, jagged = false): Polygon {
  const i = Math.floor(rand() * data.oa.codes.length);
  const cx = data.oa.lng[i] as number;
  const cy = data.oa.lat[i] as number;
  const [k1, k2] = [2 + Math.floor(rand() * 3), 5 + Math.floor(rand() * 4)];
  const [p1, p2] = [rand() * 2 * Math.PI, rand() * 2 * Math.PI];
  const ring: Position[] = Array.from({ length: vertices }, (_, k) => {
    const a = (2 * Math.PI * k) / vertices;
    // jagged: every vertex at a random 60–100% of the radius, a zigzag far longer than any real boundary.
    const r = jagged ? radiusDeg * (0.6 + 0.4 * rand()) : radiusDeg * (0.8 + 0.15 * Math.sin(k1 * a + p1) + 0.08 * Math.sin(k2 * a + p2) + 0.06 * (rand() - 0.5));
    return [cx + r * 1.6 * Math.cos(a), cy + r * Math.sin(a)];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
}

export function benchGroups(data: AppData, seed = 2026): BenchGroup[] {
  const rand = seededRandom(seed);
  const stars = (n: number, vertices: number, radiusDeg: number, jagged = false) => Array.from({ length: n }, () => randomStar(data, rand, vertices, radiusDeg, jagged));
  const boroughs = data.boroughs.features.map((f) => f.geometry);
  return [
    { name: 'borough boundary (own, full detail)', budget: false, proposals: boroughs },
    { name: 'borough boundary resampled to 200 vertices', budget: true, proposals: boroughs.map((g) => resample(g, 200)).filter((g): g is Polygon => g !== null) },
    // r ≈ 0.045° lat → ≈ 40–60 km², the size of a typical London borough.
    { name: 'random borough-sized, 200 vertices', budget: true, proposals: stars(30, 200, 0.045) },
    { name: 'random borough-sized, 200 vertices, jagged', budget: false, proposals: stars(30, 200, 0.045, true) },
    { name: 'ward boundary (every 20th ward)', budget: false, proposals: data.wards.features.filter((_, i) => i % 20 === 0).map((f) => f.geometry) },
    { name: 'random small (≈1 km²), 20 vertices', budget: false, proposals: stars(30, 20, 0.006) },
    { name: 'random medium (≈10 km²), 50 vertices', budget: false, proposals: stars(30, 50, 0.02) },
    { name: 'random large (≈150 km²), 500 vertices', budget: false, slowBaseline: true, proposals: stars(30, 500, 0.075) },
  ];
}
