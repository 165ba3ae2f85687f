import { basename } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { SERVICE_TYPE_IDS, isServiceType, type Provenance, type ServiceKindManifest, type ServiceProps, type ServiceType } from '../../../src/data/schema';
import { DataError, describeFeature } from '../data-error';
import { csvNumber } from '../csv';
import { bngPointToWgs84, detectCoordinateSystem, reprojectFromBng, roundGeometry } from '../coordinates';
import { filesMatching, findFile, readCsv, readFeatureCollection } from '../read-source';
import type { PolygonLookup } from '../polygon-lookup';
import { provenanceOf } from '../sidecar';
import { SERVICE_FILE_CREDITS } from '../credits';

export interface ServiceSourceSummary {
  file: string;
  source: string;
  count: number;
}

type ServicePoint = Feature<Point, ServiceProps>;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** Points from a GeoJSON file whose features carry `category` (a kind of the registry) and `name`. */
function readServicePoints(path: string, source: string): ServicePoint[] {
  const file = basename(path);
  let collection: FeatureCollection = readFeatureCollection(path);
  const idOf = (props: Record<string, unknown>) => props.os_id ?? props.ref ?? props.id ?? props.name;
  if (detectCoordinateSystem(collection, file, idOf) === 'bng') collection = reprojectFromBng(collection);
  return collection.features.map((feature, index) => {
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const label = describeFeature(index, idOf(props));
    if (feature.geometry?.type !== 'Point') throw new DataError(file, `services must be Points, found ${feature.geometry?.type}`, label);
    if (!isServiceType(props.category)) {
      throw new DataError(file, `unknown service kind: category "${String(props.category)}" is not one of ${SERVICE_TYPE_IDS.join(', ')}`, label);
    }
    return {
      type: 'Feature',
      properties: { id: `${file}#${String(idOf(props) ?? index)}`, type: props.category, name: text(props.name), boroughCode: null, source },
      geometry: roundGeometry(feature.geometry),
    };
  });
}

/**
 * Open schools from the DfE "Get Information About Schools" all-establishments CSV
 * (edubasealldataYYYYMMDD.csv; Easting/Northing in British National Grid), kept when inside London.
 */
function readSchools(path: string): ServicePoint[] {
  const file = basename(path);
  return readCsv(path).flatMap((row, index): ServicePoint[] => {
    if (row['EstablishmentStatus (name)'] !== 'Open' || !row.Easting || !row.Northing) return [];
    const label = `row ${index + 2} (URN ${row.URN ?? '?'})`;
    const [lng, lat] = bngPointToWgs84(csvNumber(row, 'Easting', file, label), csvNumber(row, 'Northing', file, label));
    return [
      {
        type: 'Feature',
        properties: { id: `school#${row.URN ?? index}`, type: 'school', name: row.EstablishmentName?.trim() || null, boroughCode: null, source: 'DfE Get Information About Schools' },
        geometry: roundGeometry({ type: 'Point', coordinates: [lng, lat] }),
      },
    ];
  });
}

interface ServiceInput {
  path: string;
  source: string;
  read: () => ServicePoint[];
  /** National files (GIAS) hold the whole country: points outside London are expected, not a problem. */
  national: boolean;
}

export interface BuiltServices {
  features: ServicePoint[];
  sources: ServiceSourceSummary[];
  /** Provenance of each file that was used. */
  provenance: Provenance[];
  /** Count and provenance per kind. */
  kinds: Partial<Record<ServiceType, ServiceKindManifest>>;
  /** Files skipped or points left out, each naming file, feature and problem. */
  warnings: string[];
}

/** Joins the provenance of several files giving the same kind (e.g. GIAS and a schools file). */
function mergeKind(a: ServiceKindManifest, b: Provenance, count: number): ServiceKindManifest {
  const join = (x: string, y: string) => (x === y ? x : `${x}; ${y}`);
  return {
    ...a,
    file: join(a.file, b.file),
    source: join(a.source, b.source),
    vintage: join(a.vintage, b.vintage),
    licence: join(a.licence, b.licence),
    attribution: join(a.attribution, b.attribution),
    complete: a.complete && b.complete,
    coverage: [a.coverage, b.coverage].filter(Boolean).join(' ') || null,
    count: a.count + count,
  };
}

/**
 * Every public-service point the folder has, each assigned to the borough it falls in. Service files
 * are optional: one that cannot be read (unknown kind, bad sidecar, wrong count) is skipped with a
 * warning and the others still build. Points outside every borough are left out and reported.
 */
export function buildServices(dir: string, boroughs: PolygonLookup, boroughCodes: readonly string[]): BuiltServices {
  const inputs: ServiceInput[] = [];
  const libraries = findFile(dir, ['libraries-os-openmap-local.geojson']);
  if (libraries) inputs.push({ path: libraries, source: 'OS OpenMap Local', national: false, read: () => readServicePoints(libraries, 'OS OpenMap Local') });
  for (const path of filesMatching(dir, /^services-.*\.geojson$/i)) inputs.push({ path, source: basename(path), national: false, read: () => readServicePoints(path, basename(path)) });
  for (const path of filesMatching(dir, /^edubasealldata\d*\.csv$/i).slice(-1)) inputs.push({ path, source: 'DfE Get Information About Schools', national: true, read: () => readSchools(path) });

  const out: BuiltServices = { features: [], sources: [], provenance: [], kinds: {}, warnings: [] };
  for (const input of inputs) {
    const file = basename(input.path);
    let points: ServicePoint[];
    let provenance: Provenance;
    try {
      points = input.read();
      provenance = provenanceOf(input.path, builtInCredit(file, points, input), points.length);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      out.warnings.push(`${error.message}. Skipped ${file}; the other service files were used.`);
      continue;
    }
    const kept: ServicePoint[] = [];
    const outside: string[] = [];
    points.forEach((feature, index) => {
      const [lng = 0, lat = 0] = feature.geometry.coordinates;
      const borough = boroughCodes[boroughs.find(lng, lat)];
      if (borough) kept.push({ ...feature, properties: { ...feature.properties, boroughCode: borough } });
      else outside.push(describeFeature(index, feature.properties.name ?? undefined));
    });
    if (outside.length > 0 && !input.national) {
      out.warnings.push(`${file}: ${outside.slice(0, 3).join(', ')}${outside.length > 3 ? ` and ${outside.length - 3} more` : ''}: outside Greater London; ${outside.length} point(s) left out.`);
    }
    const perKind = new Map<ServiceType, number>();
    for (const f of kept) perKind.set(f.properties.type, (perKind.get(f.properties.type) ?? 0) + 1);
    for (const [kind, count] of perKind) {
      const earlier = out.kinds[kind];
      out.kinds[kind] = earlier ? mergeKind(earlier, provenance, count) : { ...provenance, count };
    }
    out.features.push(...kept);
    out.provenance.push(provenance);
    out.sources.push({ file, source: input.source, count: kept.length });
  }
  return out;
}

/** Built-in provenance for a service file without a sidecar: the known sources, else what its features say. */
function builtInCredit(file: string, points: ServicePoint[], input: ServiceInput) {
  const known = SERVICE_FILE_CREDITS.find((c) => c.file.test(file));
  if (known) return { title: known.title, source: known.source, licence: known.licence, attribution: known.attribution, vintage: known.vintage(file) };
  return { title: file, source: input.source, licence: 'not stated', attribution: `Data from ${file}`, vintage: points.length > 0 ? 'not stated' : 'empty' };
}
