/**
 * The differences between 2–4 compared proposals, as shapes the compare map draws: for every set
 * of compared proposals, the region lying in exactly those proposals and in none of the others.
 * A set of one is "only in A" (A's area found in no other compared proposal); a larger set is the
 * area A and B (and C…) share. The pieces partition the union of the proposals, so for each
 * proposal, its "only in" piece plus every shared piece that names it make up its whole area.
 *
 * Each piece carries its equal-area m² (geometry/area.ts, the engine's area function) and its
 * Census 2021 residents by the engine's own population method (best-fit.ts: LSOA rule + ONS best
 * fit) run on the piece's polygon. Coordinates EPSG:4326 lon/lat. Pure: no DOM, no MapLibre.
 */
import type { MultiPolygon } from 'geojson';
import type { AreaGeometry } from '../data/schema';
import { bestFit } from './best-fit';
import { coordsAreaM2, exactRegion, regionLabelPoint, type Coords } from './compare-shapes-geometry';
import { overlapLayer } from './layer-overlap';
import { normalizeGeometry } from './normalize';
import type { Prepared } from './prepare';
import { createProposalContext } from './proposal-context';

/** Most proposals compared at once (the UI's MAX_COMPARE): 4 gives 15 regions, each a few clips. */
export const MAX_COMPARED = 4;

/**
 * Regions smaller than this (m²) are not drawn or listed: 100 m² = 0.01 ha, the precision the
 * results report areas at. Smaller regions are slivers where two outlines drawn separately follow
 * the same street, not places a meeting can discuss.
 */
export const MIN_PIECE_M2 = 100;

export interface CompareInput {
  id: string;
  name: string;
  geometry: AreaGeometry;
}

export interface ComparePiece {
  /** Stable key: the ids of `inIds` joined by '+'. */
  key: string;
  /** The compared proposals this region lies in, in compare order (one id: "only in" that proposal). */
  inIds: string[];
  /** Plain-language name: "Only in Bankside", "In Bankside and Fitzrovia", "In all 3". */
  label: string;
  /** Equal-area m² of the region. */
  areaM2: number;
  /** Census 2021 usual residents in the region by the engine's best-fit method, persons. */
  residents: number;
  /** A point well inside the region, lon/lat. */
  labelPoint: [number, number];
  geometry: MultiPolygon;
}

export interface CompareShapesResult {
  /** The ids compared, in order. */
  ids: string[];
  /** "Only in" pieces first (in compare order), then shared ones by how many share them, largest first. */
  pieces: ComparePiece[];
  /** Why no pieces could be computed (bad geometry, too many proposals), or null. */
  problem: string | null;
}

const displayName = (name: string) => (name.trim() === '' ? 'Unnamed proposal' : name.trim());

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Only in A", "In A and B", or, when every compared proposal shares it and there are 3+, "In all N (A, B and C)". */
export function pieceLabel(names: readonly string[], total: number): string {
  if (names.length === 1) return `Only in ${names[0]}`;
  if (names.length === total && total > 2) return `In all ${total} (${listNames(names)})`;
  return `In ${listNames(names)}`;
}

/** Residents of a region by the engine's population method (the same as for a drawn proposal). */
export function regionResidents(prep: Prepared, coords: Coords): number {
  const n = normalizeGeometry({ type: 'MultiPolygon', coordinates: coords });
  if (!n.shape) return 0;
  const ctx = createProposalContext(n.shape);
  return bestFit(prep, ctx, overlapLayer(ctx, prep.lsoa)).residents;
}

const toCoords = (g: AreaGeometry): Coords => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/**
 * Every region lying in exactly a subset of the inputs, with area and residents. `residents` is
 * injected so geometry tests can run without London's data; the app passes regionResidents.
 */
export function compareRegions(inputs: readonly CompareInput[], residents: (coords: Coords) => number): CompareShapesResult {
  const ids = inputs.map((p) => p.id);
  if (inputs.length < 2 || inputs.length > MAX_COMPARED) {
    return { ids, pieces: [], problem: `Differences need 2 to ${MAX_COMPARED} proposals; ${inputs.length} given.` };
  }
  const areas = inputs.map((p) => toCoords(p.geometry));
  const names = inputs.map((p) => displayName(p.name));
  const pieces: ComparePiece[] = [];
  try {
    // Bit i of `set` set = inside proposal i. Sets in increasing size order come out of the sort below.
    for (let set = 1; set < 1 << inputs.length; set++) {
      const members = inputs.map((_, i) => i).filter((i) => set & (1 << i));
      const region = exactRegion(
        members.map((i) => areas[i] as Coords),
        areas.filter((_, i) => !(set & (1 << i))),
      );
      if (!region) continue;
      const areaM2 = coordsAreaM2(region);
      if (areaM2 < MIN_PIECE_M2) continue;
      const inIds = members.map((i) => ids[i] as string);
      pieces.push({
        key: inIds.join('+'),
        inIds,
        label: pieceLabel(members.map((i) => names[i] as string), inputs.length),
        areaM2,
        residents: residents(region),
        labelPoint: regionLabelPoint(region),
        geometry: { type: 'MultiPolygon', coordinates: region },
      });
    }
  } catch (error) {
    // polyclip refuses some invalid rings (a bow-tie); the table still stands without the map pieces.
    return { ids, pieces: [], problem: `The differences could not be drawn: ${(error as Error)?.message ?? String(error)}. Check the proposals for crossing edges.` };
  }
  const order = (p: ComparePiece) => (p.inIds.length === 1 ? ids.indexOf(p.inIds[0] as string) : 0);
  pieces.sort((a, b) => a.inIds.length - b.inIds.length || order(a) - order(b) || b.areaM2 - a.areaM2);
  return { ids, pieces, problem: null };
}

/** The compare map's pieces for the proposals, residents by the engine's method on London's data. */
export function compareShapes(prep: Prepared, inputs: readonly CompareInput[]): CompareShapesResult {
  return compareRegions(inputs, (coords) => regionResidents(prep, coords));
}
