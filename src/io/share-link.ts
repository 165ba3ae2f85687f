/**
 * Share links: proposals packed into the URL hash (`#share=<token>`), so a link carries the work
 * itself and no server is needed. Token = base64url(deflate-raw(JSON)).
 * Coordinates (EPSG:4326) are rounded to 6 decimal places (≈ 0.1 m) and stored as integer
 * micro-degrees, each position as the difference from the previous one, which compresses well.
 */
import type { Position } from 'geojson';
import type { AreaGeometry } from '../data/schema';
import type { BuiltFrom, Proposal, ProposalKind } from '../state/proposals-slice';
import { checkProposal } from '../state/validate-proposal';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { deflateRaw, inflateRaw } from './deflate';

export const SHARE_PARAM = 'share';
const FORMAT = 1;
const SCALE = 1e6; // micro-degrees: 6 decimal places

interface SharedProposal {
  i: string; // id, so opening the same link twice does not duplicate
  n: string; // name
  k: ProposalKind;
  c: string; // colour
  t: string; // notes
  m: boolean; // multipolygon?
  g: number[][][]; // polygons → rings → flattened delta-encoded integer coordinates
  b?: BuiltFrom;
}

interface SharePayload {
  v: typeof FORMAT;
  p: SharedProposal[];
}

const encodeRing = (ring: Position[]): number[] => {
  const out: number[] = [];
  let [px, py] = [0, 0];
  for (const [lng = 0, lat = 0] of ring) {
    const [x, y] = [Math.round(lng * SCALE), Math.round(lat * SCALE)];
    out.push(x - px, y - py);
    [px, py] = [x, y];
  }
  return out;
};

const decodeRing = (flat: unknown): Position[] => {
  if (!Array.isArray(flat) || flat.length % 2 !== 0) throw new Error('a ring is damaged');
  const ring: Position[] = [];
  let [x, y] = [0, 0];
  for (let i = 0; i < flat.length; i += 2) {
    const [dx, dy] = [flat[i], flat[i + 1]];
    if (!Number.isInteger(dx) || !Number.isInteger(dy)) throw new Error('a coordinate is damaged');
    x += dx as number;
    y += dy as number;
    ring.push([x / SCALE, y / SCALE]);
  }
  return ring;
};

function encodeGeometry(g: AreaGeometry): { m: boolean; g: number[][][] } {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return { m: g.type === 'MultiPolygon', g: polygons.map((rings) => rings.map(encodeRing)) };
}

function decodeGeometry(m: unknown, g: unknown): AreaGeometry {
  if (!Array.isArray(g)) throw new Error('the shape is missing');
  const polygons = g.map((rings: unknown) => {
    if (!Array.isArray(rings)) throw new Error('a polygon is damaged');
    return rings.map(decodeRing);
  });
  if (m === true) return { type: 'MultiPolygon', coordinates: polygons };
  if (polygons.length !== 1 || !polygons[0]) throw new Error('a polygon is damaged');
  return { type: 'Polygon', coordinates: polygons[0] };
}

/** Token for the URL hash. Proposals without a shape are left out (there is nothing to show). */
export async function encodeShareToken(proposals: readonly Proposal[]): Promise<string> {
  const payload: SharePayload = {
    v: FORMAT,
    p: proposals.flatMap((p) =>
      p.geometry
        ? [{ i: p.id, n: p.name, k: p.kind, c: p.colour, t: p.notes, ...encodeGeometry(p.geometry), ...(p.builtFrom ? { b: p.builtFrom } : {}) }]
        : [],
    ),
  };
  return bytesToBase64url(await deflateRaw(new TextEncoder().encode(JSON.stringify(payload))));
}

export interface DecodedShare {
  proposals: Proposal[];
  /** Plain-language reasons for each proposal in the link that could not be read. */
  problems: string[];
}

/** Reads a token; throws a plain-language Error when the link as a whole is unreadable. */
export async function decodeShareToken(token: string, now = Date.now()): Promise<DecodedShare> {
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder().decode(await inflateRaw(base64urlToBytes(token))));
  } catch {
    throw new Error('The share link is damaged or incomplete (was it cut short when copied?).');
  }
  if (typeof payload !== 'object' || payload === null || (payload as SharePayload).v !== FORMAT || !Array.isArray((payload as SharePayload).p)) {
    throw new Error('The share link was made by a different version of this app and cannot be read.');
  }
  const proposals: Proposal[] = [];
  const problems: string[] = [];
  (payload as SharePayload).p.forEach((s: SharedProposal | null, index) => {
    const label = typeof s?.n === 'string' && s.n !== '' ? `"${s.n}"` : `proposal #${index + 1}`;
    if (typeof s !== 'object' || s === null) {
      problems.push(`${label} could not be read: it is not a proposal.`);
      return;
    }
    try {
      const candidate = { id: s.i, name: s.n, kind: s.k, colour: s.c, notes: s.t, hidden: false, geometry: decodeGeometry(s.m, s.g), builtFrom: s.b, createdAt: now, updatedAt: now };
      const checked = checkProposal(candidate);
      if (checked.valid) proposals.push(checked.value);
      else problems.push(`${label} could not be read: ${checked.reason}.`);
    } catch (e) {
      problems.push(`${label} could not be read: ${e instanceof Error ? e.message : String(e)}.`);
    }
  });
  return { proposals, problems };
}

/** `href` with its hash replaced by the share token. */
export function shareUrl(href: string, token: string): string {
  const url = new URL(href);
  url.hash = `${SHARE_PARAM}=${token}`;
  return url.toString();
}

/** The token in a location hash such as `#share=abc`, or null. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM);
}
