/**
 * Raw features from any reader → polygon features in WGS84 lon/lat (EPSG:4326): decide the file's
 * coordinate system (declared `crs`, else judged against London's extent in WGS84 and in British
 * National Grid metres), reproject BNG with proj4, keep Polygon / MultiPolygon (a KML MultiGeometry's
 * polygons become one MultiPolygon), and count what is skipped. Multi-part shapes stay multi-part.
 */
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import type { AreaGeometry } from '../../data/schema';
import { classifyPosition, geometryFromBng, LONDON_BOUNDS, type CoordinateSystem } from '../bng';
import { ImportError, type ImportedFeature } from './import-types';

export interface Placed {
  features: ImportedFeature[];
  notes: string[];
  skipped: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Polygons of a geometry (GeometryCollections flattened), and what else it holds. */
function split(g: Geometry | null | undefined, out: { polygons: Polygon['coordinates'][]; lines: number; points: number }): void {
  if (!g || typeof g !== 'object') return;
  switch (g.type) {
    case 'Polygon':
      if (Array.isArray(g.coordinates)) out.polygons.push(g.coordinates);
      break;
    case 'MultiPolygon':
      if (Array.isArray(g.coordinates)) out.polygons.push(...g.coordinates.filter(Array.isArray));
      break;
    case 'LineString':
    case 'MultiLineString':
      out.lines += 1;
      break;
    case 'Point':
    case 'MultiPoint':
      out.points += 1;
      break;
    case 'GeometryCollection':
      if (Array.isArray(g.geometries)) g.geometries.forEach((part) => split(part, out));
      break;
  }
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** Clean one ring: only [x, y], no repeated neighbours, closed. Null when fewer than 3 distinct vertices remain. */
function cleanRing(ring: unknown): Position[] | null {
  if (!Array.isArray(ring)) return null;
  if (!ring.every(isPosition)) throw new Error('a coordinate is not a pair of numbers');
  const out: Position[] = [];
  for (const p of ring as Position[]) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0] as number, p[1] as number]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0] as number, first[1] as number]);
  return out.length >= 4 ? out : null;
}

/** Polygons with their degenerate rings dropped (a polygon without a usable outer ring goes). */
function cleanPolygons(polygons: unknown[][]): Position[][][] {
  const out: Position[][][] = [];
  for (const rings of polygons) {
    if (!Array.isArray(rings)) continue;
    const outer = cleanRing(rings[0]);
    if (!outer) continue;
    out.push([outer, ...rings.slice(1).map(cleanRing).filter((r): r is Position[] => r !== null)]);
  }
  return out;
}

const textOf = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  return null;
};

function textProperties(props: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!props || typeof props !== 'object') return out;
  for (const [k, v] of Object.entries(props)) {
    const t = textOf(v);
    if (t !== null) out[k] = t;
  }
  return out;
}

function chooseSystem(all: Position[][][][], declared: 'bng' | 'wgs84' | 'unknown' | null, fileName: string, declaredName: string | null): CoordinateSystem {
  if (declared === 'unknown') {
    throw new ImportError(`"${fileName}" declares a coordinate system this app cannot read ("${declaredName}"). Save it in WGS84 (EPSG:4326) or British National Grid (EPSG:27700).`);
  }
  if (declared) return declared;
  const counts = { wgs84: 0, bng: 0, swapped: 0, elsewhere: 0 };
  let example: Position | null = null;
  for (const polygons of all) for (const rings of polygons) for (const ring of rings) for (const p of ring) {
    counts[classifyPosition(p)] += 1;
    example ??= p;
  }
  if (counts.wgs84 > 0 && counts.bng > 0) {
    throw new ImportError(`"${fileName}" mixes coordinate systems: ${counts.wgs84} positions look like WGS84 longitude/latitude and ${counts.bng} like British National Grid metres.`);
  }
  if (counts.wgs84 > 0) return 'wgs84';
  if (counts.bng > 0) return 'bng';
  const at = example ? ` (e.g. [${example.slice(0, 2).join(', ')}])` : '';
  if (counts.swapped > 0) {
    throw new ImportError(`"${fileName}" has latitude and longitude swapped${at}: GeoJSON needs [longitude, latitude], and London is near [-0.1, 51.5].`);
  }
  throw new ImportError(
    `"${fileName}" is not in London${at}: its coordinates are outside Greater London both as WGS84 longitude/latitude and as British National Grid metres (wrong or unknown projection, or not London data).`,
  );
}

const inLondon = ([x, y]: Position) =>
  (x as number) >= LONDON_BOUNDS.west && (x as number) <= LONDON_BOUNDS.east && (y as number) >= LONDON_BOUNDS.south && (y as number) <= LONDON_BOUNDS.north;

export function placeFeatures(raw: readonly Feature[], fileName: string, declared: 'bng' | 'wgs84' | 'unknown' | null = null, declaredName: string | null = null): Placed {
  const counts = { polygons: [] as Polygon['coordinates'][], lines: 0, points: 0 };
  let noGeometry = 0;
  const skipped: string[] = [];
  const candidates: { index: number; polygons: Position[][][]; properties: Record<string, string> }[] = [];
  raw.forEach((f, index) => {
    const out = { polygons: [] as Polygon['coordinates'][], lines: 0, points: 0 };
    const feature = f && typeof f === 'object' ? f : null;
    if (!feature?.geometry) noGeometry += 1;
    else split(feature.geometry, out);
    counts.lines += out.lines;
    counts.points += out.points;
    if (out.polygons.length === 0) return;
    let polygons: Position[][][];
    try {
      polygons = cleanPolygons(out.polygons as unknown[][]);
    } catch (e) {
      skipped.push(`Feature ${index + 1}: ${(e as Error).message}.`);
      return;
    }
    if (polygons.length === 0) {
      skipped.push(`Feature ${index + 1}: its polygon is empty (no ring with 3 or more distinct corners).`);
      return;
    }
    candidates.push({ index, polygons, properties: textProperties(feature?.properties) });
  });
  const notes: string[] = [];
  if (counts.lines > 0) notes.push(`${plural(counts.lines, 'line')} skipped (only areas can be proposals).`);
  if (counts.points > 0) notes.push(`${plural(counts.points, 'point')} skipped (only areas can be proposals).`);
  if (noGeometry > 0) notes.push(`${plural(noGeometry, 'feature')} without any geometry skipped.`);
  if (candidates.length === 0) {
    const why = skipped.length > 0 ? ` ${skipped.slice(0, 3).join(' ')}` : '';
    throw new ImportError(`"${fileName}" has no polygons to import.${notes.length > 0 ? ` ${notes.join(' ')}` : ''}${why}`);
  }
  const system = chooseSystem(candidates.map((c) => c.polygons), declared, fileName, declaredName);
  if (system === 'bng') notes.push('Coordinates are British National Grid (EPSG:27700): reprojected to WGS84 longitude/latitude.');
  const features: ImportedFeature[] = [];
  for (const c of candidates) {
    let geometry: AreaGeometry = c.polygons.length === 1 ? { type: 'Polygon', coordinates: c.polygons[0] as Position[][] } : { type: 'MultiPolygon', coordinates: c.polygons };
    if (system === 'bng') geometry = geometryFromBng(geometry);
    const positions = geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
    if (!positions.some(inLondon)) {
      skipped.push(`Feature ${c.index + 1}: it lies wholly outside Greater London.`);
      continue;
    }
    features.push({ index: c.index, geometry, properties: c.properties, vertexCount: positions.length });
  }
  if (features.length === 0) throw new ImportError(`"${fileName}" has no polygons in Greater London. ${skipped.slice(0, 3).join(' ')}`);
  return { features, notes, skipped };
}
