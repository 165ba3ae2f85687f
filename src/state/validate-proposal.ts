/**
 * Checks one proposal read back from storage or a share link, which may be corrupt, hand-edited or
 * from an older build. Returns the proposal typed, or the first reason it cannot be trusted.
 * Geometry is checked with geojson-validation, then by our own rules (finite lon/lat in range,
 * closed rings of ≥ 4 positions) because geojson-validation accepts NaN and BNG metres.
 */
import { valid as validGeoJson } from 'geojson-validation';
import type { Position } from 'geojson';
import type { AreaGeometry } from '../data/schema';
import { BUILD_LAYERS, PROPOSAL_KINDS, type BuiltFrom, type Proposal } from './proposals-slice';

export type Checked<T> = { valid: true; value: T } | { valid: false; reason: string };

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function checkRing(ring: Position[]): string | null {
  if (ring.length < 4) return 'a ring has fewer than 4 positions';
  for (const [lng, lat] of ring) {
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) return 'a coordinate is not a finite number';
    if (Math.abs(lng ?? NaN) > 180 || Math.abs(lat ?? NaN) > 90) return 'a coordinate is not WGS84 longitude/latitude';
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return 'a ring is not closed';
  return null;
}

export function checkAreaGeometry(g: unknown): Checked<AreaGeometry> {
  if (!isRecord(g) || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    return { valid: false, reason: 'geometry is not a Polygon or MultiPolygon' };
  }
  const problems = validGeoJson(g, true);
  if (problems.length > 0) return { valid: false, reason: `geometry is not valid GeoJSON (${problems[0]})` };
  const geometry = g as unknown as AreaGeometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (polygons.length === 0 || polygons.some((rings) => rings.length === 0)) return { valid: false, reason: 'geometry is empty' };
  for (const rings of polygons) {
    for (const ring of rings) {
      const reason = checkRing(ring);
      if (reason) return { valid: false, reason: `geometry: ${reason}` };
    }
  }
  return { valid: true, value: geometry };
}

function checkBuiltFrom(b: unknown): Checked<BuiltFrom | undefined> {
  if (b === undefined) return { valid: true, value: undefined };
  if (!isRecord(b) || !BUILD_LAYERS.includes(b.layer as BuiltFrom['layer'])) return { valid: false, reason: 'builtFrom has an unknown layer' };
  if (!Array.isArray(b.codes) || !b.codes.every((c) => typeof c === 'string')) return { valid: false, reason: 'builtFrom codes are not text' };
  return { valid: true, value: { layer: b.layer as BuiltFrom['layer'], codes: [...(b.codes as string[])] } };
}

export function checkProposal(x: unknown): Checked<Proposal> {
  if (!isRecord(x)) return { valid: false, reason: 'not an object' };
  if (typeof x.id !== 'string' || x.id === '') return { valid: false, reason: 'missing id' };
  if (typeof x.name !== 'string') return { valid: false, reason: 'name is not text' };
  if (x.kind === undefined) return { valid: false, reason: 'its type (parish or CID) is missing' };
  if (typeof x.kind !== 'string' || !Object.hasOwn(PROPOSAL_KINDS, x.kind)) return { valid: false, reason: `unknown type "${String(x.kind)}"` };
  if (typeof x.colour !== 'string' || !HEX_COLOUR.test(x.colour)) return { valid: false, reason: 'colour is not a #rrggbb colour' };
  if (typeof x.notes !== 'string') return { valid: false, reason: 'notes are not text' };
  if (typeof x.hidden !== 'boolean') return { valid: false, reason: 'hidden is not true/false' };
  for (const t of ['createdAt', 'updatedAt'] as const) {
    if (typeof x[t] !== 'number' || !Number.isFinite(x[t])) return { valid: false, reason: `${t} is not a time` };
  }
  let geometry: AreaGeometry | null = null;
  if (x.geometry !== null) {
    const g = checkAreaGeometry(x.geometry);
    if (!g.valid) return g;
    geometry = g.value;
  }
  const built = checkBuiltFrom(x.builtFrom);
  if (!built.valid) return built;
  const proposal: Proposal = {
    id: x.id,
    name: x.name,
    kind: x.kind as Proposal['kind'],
    colour: x.colour,
    notes: x.notes,
    hidden: x.hidden,
    geometry,
    createdAt: x.createdAt as number,
    updatedAt: x.updatedAt as number,
    ...(built.value ? { builtFrom: built.value } : {}),
  };
  return { valid: true, value: proposal };
}
