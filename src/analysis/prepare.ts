/**
 * Build, once, everything analyse() needs from AppData: flat typed arrays and flatbush indexes
 * of the output-area centroids (the best-fit population units), LSOA / ward / borough / BID /
 * parish polygons and service points, plus the lookups OA → LSOA → borough and OA → ward.
 * Coordinates EPSG:4326; areas equal-area m² (geometry/area.ts).
 */
import Flatbush from 'flatbush';
import type {
  AppData,
  BidCollection,
  BidProps,
  BoroughProps,
  LsoaProps,
  ParishCollection,
  ParishProps,
  ServiceCollection,
  WardProps,
} from '../data/schema';
import { controlToLsoaTotals } from './control-to-lsoa';
import { createPointTester } from './geometry/point-in-shape';
import { preparePolygonLayer, type PolygonLayer } from './polygon-layer';
import { prepareServices, type ServiceIndex } from './services-index';
import type { PreparedUserLayer } from './user-layers';

export interface OaPoints {
  count: number;
  x: Float64Array;
  y: Float64Array;
  /** Census 2021 usual residents controlled to the LSOA's published count (control-to-lsoa.ts): what the engine counts. */
  residents: Float64Array;
  /** Census 2021 usual residents as published per output area (before control). */
  publishedResidents: Float64Array;
  households: Float64Array;
  communal: Float64Array;
  lsoa: Int32Array;
  /** Borough feature index (via the OA's LSOA), -1 if unknown. */
  borough: Int32Array;
  /** Ward feature index whose polygon holds the centroid (half-open rule), -1 if none. */
  ward: Int32Array;
  index: Flatbush;
  /** London total of `residents` = the sum of the LSOAs' published Census 2021 counts. */
  total: number;
  /** OA indexes grouped by LSOA (CSR): byLsoa[byLsoaStart[l] .. byLsoaStart[l+1]). */
  byLsoaStart: Uint32Array;
  byLsoa: Uint32Array;
}

export interface Prepared {
  data: AppData;
  oa: OaPoints;
  lsoa: PolygonLayer<LsoaProps>;
  /** LSOA index → borough feature index (-1 if the code is unknown). */
  lsoaBorough: Int32Array;
  wards: PolygonLayer<WardProps>;
  boroughs: PolygonLayer<BoroughProps>;
  /** Σ equal-area m² of each borough's LSOAs (LSOAs nest in boroughs: the denominator of borough shares). */
  boroughLsoaAreaM2: Float64Array;
  services: ServiceIndex | null;
  bids: PolygonLayer<BidProps> | null;
  parishes: PolygonLayer<ParishProps> | null;
  /** Reference layers the user loaded (engine.setUserLayers); absent = none. */
  userLayers?: PreparedUserLayer[];
  prepareMs: number;
}

function assignOasToWards(oa: Omit<OaPoints, 'ward'>, wards: PolygonLayer<WardProps>): Int32Array {
  const ward = new Int32Array(oa.count).fill(-1);
  wards.polygons.forEach((w, wi) => {
    const inside = createPointTester(w.shape);
    const [minX, minY, maxX, maxY] = w.shape.bbox;
    for (const i of oa.index.search(minX, minY, maxX, maxY)) {
      if (ward[i] === -1 && inside(oa.x[i] as number, oa.y[i] as number)) ward[i] = wi;
    }
  });
  return ward;
}

function groupByLsoa(lsoa: Int32Array, lsoaCount: number): { byLsoaStart: Uint32Array; byLsoa: Uint32Array } {
  const byLsoaStart = new Uint32Array(lsoaCount + 1);
  for (const l of lsoa) byLsoaStart[l + 1] = (byLsoaStart[l + 1] as number) + 1;
  for (let l = 0; l < lsoaCount; l++) byLsoaStart[l + 1] = (byLsoaStart[l + 1] as number) + (byLsoaStart[l] as number);
  const fill = byLsoaStart.slice(0, lsoaCount);
  const byLsoa = new Uint32Array(lsoa.length);
  lsoa.forEach((l, i) => {
    byLsoa[fill[l] as number] = i;
    fill[l] = (fill[l] as number) + 1;
  });
  return { byLsoaStart, byLsoa };
}

function prepareOas(data: AppData, lsoaBorough: Int32Array, lsoaPopulation: Float64Array): Omit<OaPoints, 'ward'> {
  const t = data.oa;
  const count = t.codes.length;
  const index = new Flatbush(Math.max(1, count));
  for (let i = 0; i < count; i++) index.add(t.lng[i] as number, t.lat[i] as number, t.lng[i] as number, t.lat[i] as number);
  if (count === 0) index.add(1e9, 1e9, 1e9, 1e9);
  index.finish();
  const lsoa = Int32Array.from(t.lsoa);
  const groups = groupByLsoa(lsoa, lsoaBorough.length);
  const residents = controlToLsoaTotals(t.residents, lsoaPopulation, groups.byLsoaStart, groups.byLsoa, t.codes);
  return {
    count,
    x: Float64Array.from(t.lng),
    y: Float64Array.from(t.lat),
    residents,
    publishedResidents: Float64Array.from(t.residents),
    households: Float64Array.from(t.households),
    communal: Float64Array.from(t.communal),
    lsoa,
    borough: lsoa.map((l) => lsoaBorough[l] ?? -1),
    index,
    total: residents.reduce((a, b) => a + b, 0),
    ...groups,
  };
}

export function prepareBids(bids: BidCollection | null): PolygonLayer<BidProps> | null {
  return bids ? preparePolygonLayer(bids.features) : null;
}

export function prepareParishes(parishes: ParishCollection | null): PolygonLayer<ParishProps> | null {
  return parishes ? preparePolygonLayer(parishes.features) : null;
}

export function prepareServiceLayer(services: ServiceCollection | null): ServiceIndex | null {
  return services ? prepareServices(services.features) : null;
}

export function prepare(data: AppData): Prepared {
  const start = performance.now();
  const lsoa = preparePolygonLayer(data.lsoa.features);
  const boroughs = preparePolygonLayer(data.boroughs.features);
  const boroughByCode = new Map(boroughs.props.map((p, i) => [p.code, i]));
  const lsoaBorough = Int32Array.from(lsoa.props, (p) => boroughByCode.get(p.boroughCode) ?? -1);
  const boroughLsoaAreaM2 = new Float64Array(boroughs.props.length);
  lsoa.polygons.forEach((p, i) => {
    const b = lsoaBorough[i] as number;
    if (b >= 0) boroughLsoaAreaM2[b] = (boroughLsoaAreaM2[b] as number) + p.areaM2;
  });
  const wards = preparePolygonLayer(data.wards.features);
  const oaBase = prepareOas(data, lsoaBorough, Float64Array.from(lsoa.props, (p) => p.population));
  const oa: OaPoints = { ...oaBase, ward: assignOasToWards(oaBase, wards) };
  return {
    data,
    oa,
    lsoa,
    lsoaBorough,
    wards,
    boroughs,
    boroughLsoaAreaM2,
    services: prepareServiceLayer(data.services),
    bids: prepareBids(data.bids),
    parishes: prepareParishes(data.parishes),
    prepareMs: performance.now() - start,
  };
}
