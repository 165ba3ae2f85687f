import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import {
  LAYER_FILES,
  SERVICE_TYPES,
  type AreaGeometry,
  type BoroughProps,
  type LayerId,
  type LayerManifest,
  type Manifest,
  type OaTable,
  type ServiceType,
  type WardProps,
} from '../../src/data/schema';
import { DataError } from './data-error';
import { LAYER_CREDITS } from './credits';
import { PolygonLookup, pointIndex } from './polygon-lookup';
import { readBoroughs } from './layers/boroughs';
import { readWards } from './layers/wards';
import { readOutputAreas } from './layers/oa';
import { buildLsoas } from './layers/lsoa';
import { buildMsoas } from './layers/msoa';
import { buildLondon } from './layers/london';
import { buildServices } from './layers/services';
import { buildBids } from './layers/bids';
import { buildParishes } from './layers/parishes';
import { readFeatureCollection, requireFile } from './read-source';

/** Borough sums outside this range mean a partial or wrong population table (City of London: ~8,600). */
const PLAUSIBLE_BOROUGH_POPULATION = { min: 5_000, max: 800_000 } as const;

interface LayerOutput {
  count: number;
  vintage: string;
  json: string;
  notes?: string[];
  countsByType?: Partial<Record<ServiceType, number>>;
}

export interface BuiltData {
  outputs: Partial<Record<LayerId, LayerOutput>>;
  manifest: Manifest;
}

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
    return { type: 'Feature', properties: { code, name: boroughSource.names[i] ?? code, ...total }, geometry: feature.geometry };
  });
  const boroughNames = new Map(boroughs.map((b) => [b.properties.code, b.properties.name]));

  // Ward population by best fit: the output areas whose population-weighted centroid lies in the ward.
  const oaPoints = pointIndex(oas.map((o) => o.lng), oas.map((o) => o.lat));
  const oaLngs = oas.map((o) => o.lng);
  const oaLats = oas.map((o) => o.lat);
  const wardFeatures = wards.features.map((feature, i): Feature<AreaGeometry, WardProps> => {
    const inside = PolygonLookup.pointsInside(feature, oaPoints, oaLngs, oaLats);
    const boroughCode = wards.boroughCodes[i] ?? '';
    return {
      type: 'Feature',
      properties: {
        code: wards.codes[i] ?? '',
        name: wards.names[i] ?? '',
        boroughCode,
        boroughName: boroughNames.get(boroughCode) ?? boroughCode,
        vintage: wards.vintage,
        population: inside.reduce((sum, p) => sum + (oas[p]?.residents ?? 0), 0),
        households: inside.reduce((sum, p) => sum + (oas[p]?.households ?? 0), 0),
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

  const msoas = buildMsoas(sourceDir, lsoa.features);
  const london = buildLondon(sourceDir, boroughs);
  const services = buildServices(sourceDir, new PolygonLookup(boroughs), boroughs.map((b) => b.properties.code));
  const bids = await buildBids(sourceDir);
  const parishes = buildParishes(sourceDir);

  const population = lsoa.features.reduce((sum, f) => sum + f.properties.population, 0);
  const households = oas.reduce((sum, o) => sum + o.households, 0);
  const countsByType: Partial<Record<ServiceType, number>> = {};
  for (const s of services.features) countsByType[s.properties.type] = (countsByType[s.properties.type] ?? 0) + 1;

  const outputs: BuiltData['outputs'] = {
    boroughs: { count: boroughs.length, vintage: 'December 2022', json: JSON.stringify(collection(boroughs)) },
    wards: { count: wardFeatures.length, vintage: wards.vintage, json: JSON.stringify(collection(wardFeatures)), notes: [`Ward boundaries of ${wards.vintage}; population by best fit of Census 2021 output areas.`] },
    lsoa: {
      count: lsoa.features.length,
      vintage: 'Census 2021',
      json: JSON.stringify(collection(lsoa.features)),
      notes: lsoa.ageSource
        ? [`Age bands: ONS mid-2020 estimates for LSOA 2011 (${lsoa.ageMatchedByPoint} changed LSOAs matched by location).`]
        : ['No age-band estimates in the data folder.'],
    },
    oa: { count: oas.length, vintage: 'Census 2021', json: JSON.stringify(oaTable) },
    london: { count: 1, vintage: 'December 2022', json: JSON.stringify(collection([london])) },
  };
  if (msoas) outputs.msoa = { count: msoas.length, vintage: 'MSOA 2021', json: JSON.stringify(collection(msoas)) };
  if (services.features.length > 0) {
    outputs.services = {
      count: services.features.length,
      vintage: 'as published by each source',
      json: JSON.stringify(collection(services.features)),
      countsByType,
      notes: services.sources.map((s) => `${s.count} from ${s.file} (${s.source})`),
    };
  }
  if (bids) outputs.bids = { count: bids.features.length, vintage: 'GLA, as downloaded', json: JSON.stringify(collection(bids.features)), notes: [`from ${bids.file}`] };
  if (parishes) outputs.parishes = { count: parishes.features.length, vintage: 'ONS parishes', json: JSON.stringify(collection(parishes.features)), notes: [`from ${parishes.file}`] };

  const missingServiceTypes = (Object.keys(SERVICE_TYPES) as ServiceType[]).filter((type) => !countsByType[type]);
  return {
    outputs,
    manifest: {
      schemaVersion: 1,
      builtAt: new Date().toISOString(),
      layers: manifestLayers(outputs),
      totals: { population, households, oaCount: oas.length, lsoaCount: lsoa.features.length },
      missingServiceTypes,
    },
  };
}

function manifestLayers(outputs: BuiltData['outputs']): Record<LayerId, LayerManifest> {
  const entries = (Object.keys(LAYER_FILES) as LayerId[]).map((id): [LayerId, LayerManifest] => {
    const credit = LAYER_CREDITS[id];
    const output = outputs[id];
    if (!output) {
      return [id, { status: 'missing', title: credit.title, reason: `${credit.title} are not in the data folder yet.`, howToAdd: credit.howToAdd }];
    }
    const bytes = Buffer.byteLength(output.json);
    return [
      id,
      {
        status: 'present',
        file: LAYER_FILES[id],
        count: output.count,
        bytes,
        sha256: createHash('sha256').update(output.json).digest('hex'),
        title: credit.title,
        vintage: output.vintage,
        source: credit.source,
        licence: credit.licence,
        attribution: credit.attribution,
        ...(output.countsByType ? { countsByType: output.countsByType } : {}),
        ...(output.notes ? { notes: output.notes } : {}),
      },
    ];
  });
  return Object.fromEntries(entries) as Record<LayerId, LayerManifest>;
}

/** Replace `outDir` with the built files; manifest.json last, so a half-written folder never looks complete. */
export function writeBuiltData(outDir: string, built: BuiltData): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [id, output] of Object.entries(built.outputs) as [LayerId, LayerOutput][]) writeFileSync(join(outDir, LAYER_FILES[id]), output.json);
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(built.manifest, null, 2)}\n`);
}
