import { basename } from 'node:path';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { SERVICE_TYPES, type ServiceProps, type ServiceType } from '../../../src/data/schema';
import { DataError, describeFeature } from '../data-error';
import { csvNumber } from '../csv';
import { bngPointToWgs84, detectCoordinateSystem, reprojectFromBng, roundGeometry } from '../coordinates';
import { filesMatching, findFile, readCsv, readFeatureCollection } from '../read-source';
import type { PolygonLookup } from '../polygon-lookup';

export interface ServiceSourceSummary {
  file: string;
  source: string;
  count: number;
}

const isServiceType = (value: unknown): value is ServiceType => typeof value === 'string' && value in SERVICE_TYPES;

/** Points from a GeoJSON file whose features carry `category` (one of SERVICE_TYPES) and `name`. */
function readServicePoints(path: string, source: string): Feature<Point, ServiceProps>[] {
  const file = basename(path);
  let collection: FeatureCollection = readFeatureCollection(path);
  const idOf = (props: Record<string, unknown>) => props.os_id ?? props.id ?? props.name;
  if (detectCoordinateSystem(collection, file, idOf) === 'bng') collection = reprojectFromBng(collection);
  return collection.features.map((feature, index) => {
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const label = describeFeature(index, idOf(props));
    if (feature.geometry?.type !== 'Point') throw new DataError(file, `services must be Points, found ${feature.geometry?.type}`, label);
    if (!isServiceType(props.category)) {
      throw new DataError(file, `category "${String(props.category)}" is not one of ${Object.keys(SERVICE_TYPES).join(', ')}`, label);
    }
    const name = typeof props.name === 'string' && props.name.trim() ? props.name.trim() : null;
    return {
      type: 'Feature',
      properties: { id: `${file}#${String(idOf(props) ?? index)}`, type: props.category, name, boroughCode: null, source },
      geometry: roundGeometry(feature.geometry),
    };
  });
}

/**
 * Open schools from the DfE "Get Information About Schools" all-establishments CSV
 * (edubasealldataYYYYMMDD.csv; Easting/Northing in British National Grid), kept when inside London.
 */
function readSchools(path: string): Feature<Point, ServiceProps>[] {
  const file = basename(path);
  return readCsv(path).flatMap((row, index): Feature<Point, ServiceProps>[] => {
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

/**
 * Every public-service point the folder has, each assigned to the borough it falls in; points outside
 * every borough are dropped (national files) and counted in the log.
 */
export function buildServices(dir: string, boroughs: PolygonLookup, boroughCodes: readonly string[]): { features: Feature<Point, ServiceProps>[]; sources: ServiceSourceSummary[] } {
  const inputs: { path: string; read: () => Feature<Point, ServiceProps>[]; source: string }[] = [];
  const libraries = findFile(dir, ['libraries-os-openmap-local.geojson']);
  if (libraries) inputs.push({ path: libraries, source: 'OS OpenMap Local', read: () => readServicePoints(libraries, 'OS OpenMap Local') });
  for (const path of filesMatching(dir, /^services-.*\.geojson$/i)) inputs.push({ path, source: basename(path), read: () => readServicePoints(path, basename(path)) });
  for (const path of filesMatching(dir, /^edubasealldata\d*\.csv$/i).slice(-1)) inputs.push({ path, source: 'DfE Get Information About Schools', read: () => readSchools(path) });

  const features: Feature<Point, ServiceProps>[] = [];
  const sources: ServiceSourceSummary[] = [];
  for (const input of inputs) {
    let kept = 0;
    for (const feature of input.read()) {
      const [lng = 0, lat = 0] = feature.geometry.coordinates;
      const borough = boroughCodes[boroughs.find(lng, lat)];
      if (!borough) continue;
      features.push({ ...feature, properties: { ...feature.properties, boroughCode: borough } });
      kept += 1;
    }
    sources.push({ file: basename(input.path), source: input.source, count: kept });
  }
  return { features, sources };
}
