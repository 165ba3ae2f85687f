/**
 * The overlap map: for one proposal, the real shapes where it overlaps each BID, each existing
 * parish or neighbourhood area, each feature of the user's reference layers and each of the user's
 * other proposals, with the residents inside each piece and a label point.
 *
 * - Candidates come from the same flatbush prefilter and boundary-integrated areas the engine uses
 *   (layer-overlap.ts), so a piece's `areaM2` is exactly the figure the results panel shows for that
 *   overlap; the drawn polygon (turf.intersect, overlap-clip.ts) is checked against it in the tests.
 * - Residents: the engine's own population method (best-fit.ts: LSOA rule + ONS best fit) run on
 *   the piece's polygon, so they agree with every other population figure in the app.
 * Coordinates EPSG:4326; areas equal-area m² (geometry/area.ts).
 */
import type { MultiPolygon } from 'geojson';
import { bestFit } from './best-fit';
import { prepareUnitPolygon, intersectionAreaM2, type UnitPolygon } from './geometry/intersection-area';
import { bboxesOverlap, shapeFromPolygons, shapeToCoordinates } from './geometry/shape';
import { overlapLayer, type UnitOverlap } from './layer-overlap';
import { normalizeGeometry } from './normalize';
import { intersectAreas, labelPoint, multiPolygonAreaM2, preclipToBox } from './overlap-clip';
import type { PolygonLayer } from './polygon-layer';
import type { Prepared } from './prepare';
import { createProposalContext, type ProposalContext } from './proposal-context';
import type { AnalyseOptions, ProposalInput } from './types';

export const OVERLAP_KINDS = ['bid', 'parish', 'reference', 'proposal'] as const;
/** What a piece overlaps: a BID, an existing parish / neighbourhood area, a reference-layer feature, another proposal. */
export type OverlapKind = (typeof OVERLAP_KINDS)[number];

/**
 * Pieces smaller than this (m²) are not drawn: 100 m² = 0.01 ha, below the precision the panel
 * reports overlaps at (hectares to 2 decimals in the result). Such pieces are slivers left where
 * two outlines digitised separately (~20 m generalisation) follow the same street, not places a
 * meeting can discuss, and their labels would bury the real ones.
 */
export const MIN_PIECE_M2 = 100;

export interface OverlapPiece {
  /** Stable key: `${kind}:${id}`. */
  key: string;
  kind: OverlapKind;
  /** BID id, parish code (or name), `${layerId}:${featureIndex}`, or the other proposal's id. */
  id: string;
  name: string;
  /** Reference layer name (kind 'reference' only). */
  layerName?: string;
  /** Overlap area, equal-area m²: the engine's figure for this overlap (the panel's). */
  areaM2: number;
  /** Area of the drawn polygon, equal-area m² (agrees with areaM2 to clipping precision). */
  shapeAreaM2: number;
  /** Census 2021 usual residents inside the piece, by the engine's best-fit method, persons. */
  residents: number;
  /** Label point, lon/lat, well inside the piece. */
  label: [number, number];
  geometry: MultiPolygon;
}

/**
 * Why an overlap the engine measured is not on the map: under MIN_PIECE_M2 ('sliver'), the
 * clipper could not cut its shape ('not-cut'), or the proposal's boundary crosses itself, so no
 * shape can be cut from it ('self-crossing'). The UI words these (ui/overlap-notes.ts).
 */
export type LeftOutReason = 'sliver' | 'not-cut' | 'self-crossing';

/** An overlap measured by the engine (its figures are in the results) but not drawn. */
export interface LeftOutOverlap {
  key: string;
  kind: OverlapKind;
  name: string;
  /** The engine's overlap area, equal-area m². */
  areaM2: number;
  why: LeftOutReason;
}

export interface OverlapShapesResult {
  proposalId: string;
  /** Largest first. Empty for a proposal the engine refuses or that crosses itself (no orientation to clip by). */
  pieces: OverlapPiece[];
  /** Overlaps measured but not drawn, largest first, each with its reason. */
  leftOut: LeftOutOverlap[];
  /** Overlaps found but not drawn because they were under MIN_PIECE_M2. */
  sliversDropped: number;
  /** Overlaps the engine measured but whose shape the clipper could not cut (degenerate geometry). */
  notDrawn: number;
  /** Why no overlap can be drawn at all: the boundary could not be read, or crosses itself; null otherwise. */
  blocked: 'unreadable' | 'self-crossing' | null;
  timingMs: number;
}

interface Candidate {
  kind: OverlapKind;
  id: string;
  name: string;
  layerName?: string;
  unit: UnitPolygon;
  areaM2: number;
}

function layerCandidates<P>(ctx: ProposalContext, layer: PolygonLayer<P> | null | undefined, describe: (p: P, o: UnitOverlap) => Omit<Candidate, 'unit' | 'areaM2'>): Candidate[] {
  if (!layer) return [];
  return overlapLayer(ctx, layer).map((o) => ({ ...describe(layer.props[o.index] as P, o), unit: layer.polygons[o.index] as UnitPolygon, areaM2: o.overlapM2 }));
}

function proposalCandidates(ctx: ProposalContext, selfId: string, others: readonly ProposalInput[]): Candidate[] {
  const out: Candidate[] = [];
  for (const other of others) {
    if (other.id === selfId) continue;
    const n = normalizeGeometry(other.geometry);
    if (!n.shape || !bboxesOverlap(n.shape.bbox, ctx.shape.bbox)) continue;
    const unit = prepareUnitPolygon({ type: 'MultiPolygon', coordinates: shapeToCoordinates(n.shape) });
    // The same call analyse() makes for its proposal overlaps (area-shares.ts), so the figures match.
    out.push({ kind: 'proposal', id: other.id, name: other.name, unit, areaM2: intersectionAreaM2(ctx, unit) });
  }
  return out;
}

function candidates(prep: Prepared, ctx: ProposalContext, input: ProposalInput, options: AnalyseOptions): Candidate[] {
  return [
    ...layerCandidates(ctx, prep.bids, (p) => ({ kind: 'bid', id: p.id, name: p.name })),
    ...layerCandidates(ctx, prep.parishes, (p) => ({ kind: 'parish', id: p.code ?? p.name, name: p.name })),
    ...(prep.userLayers ?? []).flatMap((l) =>
      layerCandidates(ctx, l.layer, (p, o) => ({ kind: 'reference', id: `${l.id}:${o.index}`, name: p.name || `Feature ${o.index + 1}`, layerName: l.name })),
    ),
    ...proposalCandidates(ctx, input.id, options.otherProposals ?? []),
  ];
}

/** Residents of a piece by the engine's population method (best fit on the piece's own polygon). */
function residentsIn(prep: Prepared, geometry: MultiPolygon): number {
  const ctx = createProposalContext(shapeFromPolygons(geometry.coordinates));
  return bestFit(prep, ctx, overlapLayer(ctx, prep.lsoa)).residents;
}

/** The piece's polygon: the proposal pre-clipped to the unit's box, then intersected; null if the clipper fails. */
function clipPiece(ctx: ProposalContext, unit: UnitPolygon): MultiPolygon | null {
  const unitCoords = shapeToCoordinates(unit.shape);
  try {
    // The box pre-clip is an optimisation only: should it ever lose the piece, clip the whole proposal.
    return intersectAreas(preclipToBox(ctx.shape, unit.shape.bbox), unitCoords) ?? intersectAreas(shapeToCoordinates(ctx.shape), unitCoords);
  } catch {
    try {
      return intersectAreas(shapeToCoordinates(ctx.shape), unitCoords);
    } catch {
      return null;
    }
  }
}

function pieceFor(prep: Prepared, ctx: ProposalContext, c: Candidate): OverlapPiece | null {
  const geometry = clipPiece(ctx, c.unit);
  if (!geometry) return null;
  const { unit: _unit, ...about } = c;
  return {
    key: `${c.kind}:${c.id}`,
    ...about,
    shapeAreaM2: multiPolygonAreaM2(geometry),
    residents: residentsIn(prep, geometry),
    label: labelPoint(geometry),
    geometry,
  };
}

const leftOutOf = (c: Candidate, why: LeftOutReason): LeftOutOverlap => ({ key: `${c.kind}:${c.id}`, kind: c.kind, name: c.name, areaM2: c.areaM2, why });

export function overlapShapes(prep: Prepared, input: ProposalInput, options: AnalyseOptions = {}): OverlapShapesResult {
  const start = performance.now();
  const done = (pieces: OverlapPiece[], leftOut: LeftOutOverlap[], blocked: OverlapShapesResult['blocked'] = null): OverlapShapesResult => ({
    proposalId: input.id,
    pieces: pieces.sort((a, b) => b.areaM2 - a.areaM2 || a.key.localeCompare(b.key)),
    leftOut: leftOut.sort((a, b) => b.areaM2 - a.areaM2 || a.key.localeCompare(b.key)),
    sliversDropped: leftOut.filter((l) => l.why === 'sliver').length,
    notDrawn: leftOut.filter((l) => l.why === 'not-cut').length,
    blocked,
    timingMs: performance.now() - start,
  });
  const n = normalizeGeometry(input.geometry);
  if (!n.shape) return done([], [], 'unreadable');
  const ctx = createProposalContext(n.shape);
  const all = candidates(prep, ctx, input, options).filter((c) => c.areaM2 > 0);
  const slivers = all.filter((c) => c.areaM2 < MIN_PIECE_M2).map((c) => leftOutOf(c, 'sliver'));
  const kept = all.filter((c) => c.areaM2 >= MIN_PIECE_M2);
  // A self-crossing ring has no inside to clip by; the engine still measures its overlaps (even-odd rule).
  if (ctx.selfIntersecting) return done([], [...slivers, ...kept.map((c) => leftOutOf(c, 'self-crossing'))], 'self-crossing');
  const pieces: OverlapPiece[] = [];
  const failed: LeftOutOverlap[] = [];
  for (const c of kept) {
    const piece = pieceFor(prep, ctx, c);
    if (piece) pieces.push(piece);
    else failed.push(leftOutOf(c, 'not-cut'));
  }
  return done(pieces, [...slivers, ...failed]);
}
