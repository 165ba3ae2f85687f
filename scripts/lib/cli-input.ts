/**
 * Read a GeoJSON file for the analyse CLI: every Polygon / MultiPolygon feature becomes a
 * ProposalInput. Coordinates in British National Grid (EPSG:27700: declared in a `crs` member,
 * or every number in GB metre range) are reprojected to WGS84 with proj4 and said so; anything
 * unreadable throws a CliInputError with a message for the user.
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { ProposalInput } from '../../src/analysis/types';
import { geometryFromBng } from '../pipeline/coordinates';

export class CliInputError extends Error {}

export interface CliInput {
  proposals: ProposalInput[];
  notes: string[];
}

function featuresOf(json: unknown): Feature[] {
  const o = json as { type?: unknown; features?: unknown; geometry?: unknown };
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features as Feature[];
  if (o?.type === 'Feature') return [o as Feature];
  if (o?.type === 'Polygon' || o?.type === 'MultiPolygon') return [{ type: 'Feature', properties: {}, geometry: o as Geometry }];
  throw new CliInputError('is not a GeoJSON FeatureCollection, Feature, Polygon or MultiPolygon.');
}

function positions(g: Polygon | MultiPolygon): Position[] {
  return g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);
}

function declaresBng(json: unknown): boolean {
  const name = (json as { crs?: { properties?: { name?: unknown } } })?.crs?.properties?.name;
  return typeof name === 'string' && /27700/.test(name);
}

const looksLikeBng = (p: Position) => {
  const [x, y] = p as [number, number];
  return Number.isFinite(x) && Number.isFinite(y) && x >= 0 && x <= 700_000 && y >= 0 && y <= 1_300_000 && (Math.abs(x) > 180 || Math.abs(y) > 90);
};

export function readCliInput(text: string): CliInput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliInputError(`is not valid JSON (${(error as Error).message}).`);
  }
  const features = featuresOf(json);
  const notes: string[] = [];
  const polygonal = features
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f?.geometry?.type === 'Polygon' || f?.geometry?.type === 'MultiPolygon');
  const skipped = features.length - polygonal.length;
  if (skipped > 0) notes.push(`${skipped} feature${skipped === 1 ? '' : 's'} without a polygon skipped.`);
  if (polygonal.length === 0) throw new CliInputError('has no Polygon or MultiPolygon feature to analyse.');

  const all = polygonal.flatMap(({ f }) => positions(f.geometry as Polygon | MultiPolygon));
  const bngCount = all.filter(looksLikeBng).length;
  const isBng = declaresBng(json) || (all.length > 0 && bngCount === all.length);
  if (!isBng && bngCount > 0) {
    throw new CliInputError(`mixes coordinate systems: ${bngCount} of ${all.length} positions look like British National Grid metres, the rest do not.`);
  }
  if (isBng) notes.push('Coordinates are British National Grid (EPSG:27700): reprojected to WGS84 with proj4.');

  const proposals = polygonal.map(({ f, i }): ProposalInput => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const label = [props.name, props.NAME, props.Name, props.id, f.id].find((v) => typeof v === 'string' || typeof v === 'number');
    const geometry = f.geometry as Polygon | MultiPolygon;
    return {
      id: String(f.id ?? props.id ?? `feature-${i + 1}`),
      name: label === undefined ? `Feature ${i + 1}` : String(label),
      kind: props.kind === 'cid' ? 'cid' : 'parish',
      geometry: isBng ? geometryFromBng(geometry) : geometry,
    };
  });
  return { proposals, notes };
}
