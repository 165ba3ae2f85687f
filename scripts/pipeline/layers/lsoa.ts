import { basename } from 'node:path';
import { area as turfArea } from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, Position } from 'geojson';
import { AGE_BANDS, type AgeShares, type AreaGeometry, type LsoaProps } from '../../../src/data/schema';
import { DataError, describeFeature } from '../data-error';
import { csvNumber } from '../csv';
import { findField, readAreaSource, stringProp } from '../area-source';
import { findFile, readCsv, requireFile } from '../read-source';
import { PolygonLookup } from '../polygon-lookup';
import type { OaRecord } from './oa';

/** Census 2021 population per LSOA from whichever table the folder holds. */
interface LsoaCount {
  population: number;
  pwc: [number, number] | null;
}

/**
 * The bundle's lsoa21-population-census2021.csv (population + ONS representative point), or the official
 * Nomis bulk table census2021-ts001-lsoa.csv ("geography code", "Residence type: Total; measures: Value").
 */
function readLsoaCounts(dir: string): Map<string, LsoaCount> {
  const bundle = findFile(dir, ['lsoa21-population-census2021.csv']);
  const nomis = findFile(dir, ['census2021-ts001-lsoa.csv']);
  const path = bundle ?? nomis;
  if (!path) {
    throw new DataError('lsoa21-population-census2021.csv', `missing: Census 2021 LSOA population is required (or census2021-ts001-lsoa.csv from Nomis) in ${dir}`);
  }
  const file = basename(path);
  const counts = new Map<string, LsoaCount>();
  readCsv(path).forEach((row, index) => {
    const code = (bundle ? row.LSOA21CD : row['geography code']) ?? '';
    const label = `row ${index + 2} (${code})`;
    if (!/^E01\d{6}$/.test(code)) return; // Nomis tables cover England and Wales; non-London codes are filtered by the boundaries below
    if (counts.has(code)) throw new DataError(file, `duplicate LSOA ${code}`, label);
    const population = csvNumber(row, bundle ? 'population_census2021' : 'Residence type: Total; measures: Value', file, label);
    const pwc: [number, number] | null = bundle ? [csvNumber(row, 'pwc_lng', file, label), csvNumber(row, 'pwc_lat', file, label)] : null;
    counts.set(code, { population, pwc });
  });
  return counts;
}

/** Mid-2020 age-band shares per LSOA 2011 (ONS small-area estimates), or null when the files are absent. */
function readAgeShares(dir: string): { byCode: Map<string, AgeShares>; lookup: PolygonLookup; codes: string[] } | null {
  const csv = findFile(dir, ['lsoa11-population-mid2020.csv']);
  const polygons = findFile(dir, ['lsoa11.geojson']);
  if (!csv || !polygons) return null;
  const file = basename(csv);
  const byCode = new Map<string, AgeShares>();
  readCsv(csv).forEach((row, index) => {
    const label = `row ${index + 2} (${row.LSOA11CD ?? '?'})`;
    const total = csvNumber(row, 'Persons_All-Ages', file, label);
    const counts = AGE_BANDS.map((band) => csvNumber(row, `Persons_${band}`, file, label));
    const sum = counts.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - total) > 1) throw new DataError(file, `age bands sum to ${sum}, all ages is ${total}`, label);
    if (total > 0) byCode.set(row.LSOA11CD ?? '', Object.fromEntries(AGE_BANDS.map((band, i) => [band, (counts[i] ?? 0) / total])) as AgeShares);
  });
  const lsoa11 = readAreaSource(polygons, { codeField: /^LSOA11CD$/, codePattern: /^E01\d{6}$/, what: 'LSOA 2011' });
  return { byCode, lookup: new PolygonLookup(lsoa11.features), codes: lsoa11.codes };
}

export interface LsoaBuild {
  features: Feature<AreaGeometry, LsoaProps>[];
  ageSource: 'mid-2020' | null;
  ageMatchedByPoint: number;
}

/**
 * LSOA 2021 polygons with Census 2021 population, households (summed from output areas), area, density,
 * a representative point (ONS population-weighted centroid, else polylabel) and age-band shares.
 */
export function buildLsoas(dir: string, boroughCodes: ReadonlySet<string>, oas: readonly OaRecord[] | null): LsoaBuild {
  const path = requireFile(dir, ['lsoa21.geojson'], 'LSOA 2021 boundaries');
  const source = readAreaSource(path, { codeField: /^LSOA21CD$/, codePattern: /^E01\d{6}$/, what: 'LSOA' });
  const collection = { type: 'FeatureCollection' as const, features: source.features };
  const nameField = findField(collection, /^LSOA21NM$/, source.file, 'LSOA name');
  const msoaField = findField(collection, /^MSOA21CD$/, source.file, 'MSOA code');
  const boroughField = findField(collection, /^LAD\d\dCD$/, source.file, 'borough code');
  const counts = readLsoaCounts(dir);
  const ages = readAgeShares(dir);
  const households = new Map<string, number>();
  for (const oa of oas ?? []) households.set(oa.lsoaCode, (households.get(oa.lsoaCode) ?? 0) + oa.households);
  let ageMatchedByPoint = 0;

  const features = source.features.map((feature, index) => {
    const code = source.codes[index] ?? '';
    const label = describeFeature(index, code);
    const boroughCode = stringProp(feature.properties, boroughField, source.file, label);
    if (!boroughCodes.has(boroughCode)) throw new DataError(source.file, `borough ${boroughCode} is not a London borough`, label);
    const count = counts.get(code);
    if (!count) throw new DataError(source.file, `no Census 2021 population for LSOA ${code} in the population table`, label);
    const areaM2 = turfArea(feature); // geodesic m²
    const rep = count.pwc ?? representativePoint(feature.geometry);
    let ageShares: AgeShares | null = null;
    if (ages) {
      ageShares = ages.byCode.get(code) ?? null;
      if (!ageShares) {
        // Changed since 2011: take the 2011 LSOA holding this one's representative point.
        const holder = ages.codes[ages.lookup.find(rep[0], rep[1])];
        ageShares = holder ? (ages.byCode.get(holder) ?? null) : null;
        if (ageShares) ageMatchedByPoint += 1;
      }
    }
    const props: LsoaProps = {
      code,
      name: stringProp(feature.properties, nameField, source.file, label),
      msoaCode: stringProp(feature.properties, msoaField, source.file, label),
      boroughCode,
      population: count.population,
      households: households.get(code) ?? 0,
      areaM2: Math.round(areaM2),
      density: Math.round((count.population / (areaM2 / 10_000)) * 10) / 10,
      repLng: rep[0],
      repLat: rep[1],
      repSource: count.pwc ? 'pwc' : 'polylabel',
      ageShares: ageShares && roundShares(ageShares),
    };
    return { type: 'Feature' as const, properties: props, geometry: feature.geometry };
  });
  const extra = [...counts.keys()].filter((code) => !source.codes.includes(code));
  if (counts.size === source.codes.length && extra.length > 0) {
    throw new DataError(basename(path), `the population table has LSOAs not in the boundaries: ${extra.slice(0, 5).join(', ')}`);
  }
  return { features, ageSource: ages ? 'mid-2020' : null, ageMatchedByPoint };
}

/** A point guaranteed inside the polygon (the largest part's pole of inaccessibility). */
function representativePoint(geometry: AreaGeometry): [number, number] {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((best, polygon) => (turfArea({ type: 'Polygon', coordinates: polygon }) > turfArea({ type: 'Polygon', coordinates: best }) ? polygon : best));
  const [lng, lat] = polylabel(largest as number[][][], 0.00001);
  return [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

function roundShares(shares: AgeShares): AgeShares {
  return Object.fromEntries(AGE_BANDS.map((band) => [band, Math.round(shares[band] * 10_000) / 10_000])) as AgeShares;
}
