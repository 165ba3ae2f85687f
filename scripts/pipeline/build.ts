import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  LAYER_FILES,
  SERVICE_TYPE_IDS,
  type AreaGeometry,
  type BoroughProps,
  type LayerId,
  type Manifest,
  type OaTable,
  type ServiceType,
  type WardProps,
} from '../../src/data/schema';
import { labelPoint } from '../../src/data/label-point';
import { DataError } from './data-error';
import { LAYER_CREDITS, WARDS_2013_CREDIT } from './credits';
import { manifestLayers, type LayerOutput } from './manifest';
import { provenanceOf } from './sidecar';
import { PolygonLookup, pointIndex } from './polygon-lookup';
import { readBoroughs } from './layers/boroughs';
import { readWardFile, readWards, wardFiles, type WardSource } from './layers/wards';
import { readOutputAreas } from './layers/oa';
import { buildLsoas } from './layers/lsoa';
import { buildMsoas } from './layers/msoa';
import { buildLondon } from './layers/london';
import { buildServices } from './layers/services';
import { buildBids } from './layers/bids';
import { buildParishes } from './layers/parishes';
import { findFile, readFeatureCollection, requireFile } from './read-source';

/** Borough sums outside this range mean a partial or wrong population table (City of London: ~8,600). */
const PLAUSIBLE_BOROUGH_POPULATION = { min: 5_000, max: 800_000 } as const;

export interface BuiltData {
  outputs: Partial<Record<LayerId, LayerOutput>>;
  manifest: Manifest;
}

/** An area's label point (src/data/label-point.ts) to 5 decimals (~1 m), as its outline is stored. */
const roundedLabelPoint = (geometry: AreaGeometry): [number, number] => {
  const [lng, lat] = labelPoint(geometry);
  return [Math.round(lng * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
};

const collection = <G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({ type: 'FeatureCollection', features });

/** Read, validate and derive every layer from `sourceDir`; throws DataError on the first bad input. */
export async function buildData(sourceDir: string): Promise<BuiltData> {
  requireFile(sourceDir, ['boroughs.geojson'], 'the London borough boundaries');
  const boroughSource = readBoroughs(sourceDir);
  const boroughCodes = new Set(boroughSource.codes);
  const wards = readWards(sourceDir, boroughCodes);
  // LSOA codes are needed to check the OA table, and OA households feed the LSOAs: read the codes first.
  const lsoaCodes = new Set(readFeatureCollection(requireFile(sourceDir, ['lsoa21.geojson'], 'LSOA 2021 boundaries')).features.map((f) => String(f.properties?.LSOA21CD)));
  const oas = readOutputAreas(sourceDir, lsoaCodes);
  const lsoa = buildLsoas(sourceDir, boroughCodes, oas);
  const lsoaIndex = new Map(lsoa.features.map((f, i) => [f.properties.code, i]));

  const boroughTotals = new Map<string, { population: number; households: number }>();
  for (const { properties: p } of lsoa.features) {
    const total = boroughTotals.get(p.boroughCode) ?? { population: 0, households: 0 };
    total.population += p.population;
    total.households += p.households;
    boroughTotals.set(p.boroughCode, total);
  }
  const boroughs = boroughSource.features.map((feature, i): Feature<AreaGeometry, BoroughProps> => {
    const code = boroughSource.codes[i] ?? '';
    const total = boroughTotals.get(code) ?? { population: 0, households: 0 };
    if (total.population < PLAUSIBLE_BOROUGH_POPULATION.min || total.population > PLAUSIBLE_BOROUGH_POPULATION.max) {
      throw new DataError('lsoa21-population-census2021.csv', `borough ${code} (${boroughSource.names[i]}) sums to ${total.population} residents, which is not plausible`);
    }
    return { type: 'Feature', properties: { code, name: boroughSource.names[i] ?? code, ...total, labelAt: roundedLabelPoint(feature.geometry) }, geometry: feature.geometry };
  });
  const boroughNames = new Map(boroughs.map((b) => [b.properties.code, b.properties.name]));

  // Ward population by best fit: the output areas of the ward's own borough whose population-weighted
  // centroid lies in the ward. Wards nest in boroughs, as LSOAs do; without the borough check a centroid
  // just across a generalised borough edge lands in the neighbour's ward (E00000022, 220 City of London
  // residents, 0.6 m outside the City's outline, was counted in Bunhill, Islington).
  const oaBorough = oas.map((o) => lsoa.features[lsoaIndex.get(o.lsoaCode) ?? -1]?.properties.boroughCode ?? '');
  const oaPoints = pointIndex(oas.map((o) => o.lng), oas.map((o) => o.lat));
  const oaLngs = oas.map((o) => o.lng);
  const oaLats = oas.map((o) => o.lat);
  const wardFeatures = (source: WardSource) =>
    source.features.map((feature, i): Feature<AreaGeometry, WardProps> => {
      const boroughCode = source.boroughCodes[i] ?? '';
      const inside = PolygonLookup.pointsInside(feature, oaPoints, oaLngs, oaLats).filter((p) => oaBorough[p] === boroughCode);
      return {
        type: 'Feature',
        properties: {
          code: source.codes[i] ?? '',
          name: source.names[i] ?? '',
          boroughCode,
          boroughName: boroughNames.get(boroughCode) ?? boroughCode,
          vintage: source.vintage,
          population: inside.reduce((sum, p) => sum + (oas[p]?.residents ?? 0), 0),
          households: inside.reduce((sum, p) => sum + (oas[p]?.households ?? 0), 0),
          labelAt: roundedLabelPoint(feature.geometry),
        },
        geometry: feature.geometry,
      };
    });

  const oaTable: OaTable = { codes: [], lsoa: [], lng: [], lat: [], residents: [], households: [], communal: [] };
  for (const oa of oas) {
    oaTable.codes.push(oa.code);
    oaTable.lsoa.push(lsoaIndex.get(oa.lsoaCode) ?? -1);
    oaTable.lng.push(oa.lng);
    oaTable.lat.push(oa.lat);
    oaTable.residents.push(oa.residents);
    oaTable.households.push(oa.households);
    oaTable.communal.push(oa.communal);
  }

  // Optional layers: a bad file is skipped with a warning (build log and layer panel), never fatal.
  const warnings: Partial<Record<LayerId, string[]>> = {};
  const optional = async <T>(layer: LayerId, read: () => T | Promise<T>): Promise<T | null> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      (warnings[layer] ??= []).push(`${error.message}. Skipped: the ${LAYER_CREDITS[layer].title.toLowerCase()} layer is left out.`);
      return null;
    }
  };
  const credit = (layer: LayerId, vintage: string) => ({ ...LAYER_CREDITS[layer], vintage });
  const at = (name: string) => join(sourceDir, name);

  const msoas = await optional('msoa', () => buildMsoas(sourceDir, lsoa.features));
  const london = buildLondon(sourceDir, boroughs);
  const services = buildServices(sourceDir, new PolygonLookup(boroughs), boroughs.map((b) => b.properties.code));
  if (services.warnings.length > 0) warnings.services = services.warnings;
  const bids = await optional('bids', async () => {
    const built = await buildBids(sourceDir);
    return built && { ...built, provenance: provenanceOf(built.path, credit('bids', 'GLA, date not stated'), built.features.length) };
  });
  const parishes = await optional('parishes', () => {
    const built = buildParishes(sourceDir);
    return built && { ...built, provenance: provenanceOf(built.path, credit('parishes', 'date not stated'), built.features.length) };
  });
  // The ward boundaries before the 2022 reviews, for comparison, when the newest file is not already them.
  const older = wardFiles(sourceDir).find((c) => c.year === 13 && c.path !== wards.path);
  const wards2013 = older
    ? await optional('wards2013', () => {
        const source = readWardFile(older.path, older.year, boroughCodes);
        return { source, provenance: provenanceOf(older.path, { ...WARDS_2013_CREDIT, vintage: '2013' }, source.features.length) };
      })
    : null;

  const population = lsoa.features.reduce((sum, f) => sum + f.properties.population, 0);
  const households = oas.reduce((sum, o) => sum + o.households, 0);
  const countsByType: Partial<Record<ServiceType, number>> = {};
  for (const s of services.features) countsByType[s.properties.type] = (countsByType[s.properties.type] ?? 0) + 1;

  const wardCredit = wards.vintage === '2013' ? { ...WARDS_2013_CREDIT, title: LAYER_CREDITS.wards.title, vintage: '2013' } : credit('wards', wards.vintage);
  const wardProvenance = provenanceOf(wards.path, wardCredit, wards.features.length);
  const londonPath = findFile(sourceDir, ['london-region.geojson']);
  const outputs: BuiltData['outputs'] = {
    boroughs: { count: boroughs.length, json: JSON.stringify(collection(boroughs)), provenance: [provenanceOf(at('boroughs.geojson'), credit('boroughs', 'December 2022'), boroughs.length)] },
    wards: {
      count: wards.features.length,
      json: JSON.stringify(collection(wardFeatures(wards))),
      provenance: [wardProvenance],
      notes: [`Ward boundaries of ${wardProvenance.vintage}; population by best fit of Census 2021 output areas.`],
    },
    lsoa: {
      count: lsoa.features.length,
      json: JSON.stringify(collection(lsoa.features)),
      provenance: [provenanceOf(at('lsoa21.geojson'), credit('lsoa', 'Census 2021'), lsoa.features.length)],
      notes: lsoa.ageSource
        ? [`Age bands: ONS mid-2020 estimates for LSOA 2011 (${lsoa.ageMatchedByPoint} changed LSOAs matched by location).`]
        : ['No age-band estimates in the data folder.'],
    },
    oa: { count: oas.length, json: JSON.stringify(oaTable), provenance: [provenanceOf(at('oa21-census2021.csv'), credit('oa', 'Census 2021'), oas.length)] },
    london: {
      count: 1,
      json: JSON.stringify(collection([london])),
      provenance: [londonPath ? provenanceOf(londonPath, credit('london', 'December 2022'), 1) : { ...credit('london', 'December 2022'), file: 'boroughs.geojson', from: 'built-in', complete: true, coverage: null }],
    },
  };
  if (msoas) outputs.msoa = { count: msoas.length, json: JSON.stringify(collection(msoas)), provenance: [provenanceOf(at('msoa21.geojson'), credit('msoa', 'MSOA 2021'), msoas.length)] };
  if (wards2013) {
    outputs.wards2013 = {
      count: wards2013.source.features.length,
      json: JSON.stringify(collection(wardFeatures(wards2013.source))),
      provenance: [wards2013.provenance],
      notes: ['For comparison only: the analysis uses the current wards.'],
    };
  }
  if (services.features.length > 0) {
    const vintages = [...new Set(Object.values(services.kinds).map((k) => k.vintage))];
    outputs.services = {
      count: services.features.length,
      vintage: vintages.length === 1 ? (vintages[0] ?? '') : 'by kind (see each kind)',
      json: JSON.stringify(collection(services.features)),
      provenance: services.provenance,
      countsByType,
      kinds: services.kinds,
      notes: services.sources.map((s) => `${s.count} from ${s.file} (${s.source})`),
    };
  }
  if (bids) outputs.bids = { count: bids.features.length, json: JSON.stringify(collection(bids.features)), provenance: [bids.provenance], notes: [`from ${bids.file}${bids.system === 'bng' ? ' (British National Grid, EPSG:27700, reprojected to WGS84)' : ''}`] };
  if (parishes) outputs.parishes = { count: parishes.features.length, json: JSON.stringify(collection(parishes.features)), provenance: [parishes.provenance], notes: [`from ${parishes.file}`] };

  const missingServiceTypes = SERVICE_TYPE_IDS.filter((type) => !countsByType[type]);
  return {
    outputs,
    manifest: {
      schemaVersion: 1,
      builtAt: new Date().toISOString(),
      layers: manifestLayers(outputs, warnings),
      totals: { population, households, oaCount: oas.length, lsoaCount: lsoa.features.length },
      missingServiceTypes,
      warnings: Object.values(warnings).flat(),
    },
  };
}

/** Replace `outDir` with the built files; manifest.json last, so a half-written folder never looks complete. */
export function writeBuiltData(outDir: string, built: BuiltData): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [id, output] of Object.entries(built.outputs) as [LayerId, LayerOutput][]) writeFileSync(join(outDir, LAYER_FILES[id]), output.json);
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(built.manifest, null, 2)}\n`);
}
