/**
 * The contract between the data pipeline (scripts/build-data.ts), the analysis engine
 * (src/analysis) and the map (src/map): what lives in `public/data/` and its shape.
 *
 * All coordinates are WGS84 lon/lat (EPSG:4326). Areas are geodesic square metres (turf.area).
 * Pure types and constants only: imported by node scripts, the worker and the UI alike.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { ServiceType } from './service-kinds';

/** `wards2013`: the ward boundaries before the 2022 reviews, an optional layer for comparison. */
export const LAYER_IDS = ['boroughs', 'wards', 'wards2013', 'lsoa', 'msoa', 'oa', 'london', 'services', 'bids', 'parishes'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** File name of each layer inside public/data/. */
export const LAYER_FILES = {
  boroughs: 'boroughs.geojson',
  wards: 'wards.geojson',
  wards2013: 'wards-2013.geojson',
  lsoa: 'lsoa.geojson',
  msoa: 'msoa.geojson',
  oa: 'oa.json',
  london: 'london.geojson',
  services: 'services.geojson',
  bids: 'bids.geojson',
  parishes: 'parishes.geojson',
} as const satisfies Record<LayerId, string>;

/** Layers the app cannot work without; the others light up when their source data is present. */
export const REQUIRED_LAYERS = ['boroughs', 'wards', 'lsoa', 'oa', 'london'] as const satisfies readonly LayerId[];

// Service kinds live in their own registry (label, plural, colour, symbol); re-exported for the schema's users.
export { SERVICE_KINDS, SERVICE_TYPE_IDS, isServiceType, type ServiceType } from './service-kinds';

export type AreaGeometry = Polygon | MultiPolygon;

export interface BoroughProps {
  code: string; // E09000001..E09000033
  name: string;
  /** Census 2021 usual residents: the sum of its LSOAs (LSOAs nest exactly in boroughs). */
  population: number;
  households: number;
  /** Where the map puts its name (src/data/label-point.ts), computed by the pipeline; absent in data built before it. */
  labelAt?: [number, number];
}

export interface WardProps {
  code: string; // WD13CD or WD22CD, whichever vintage the source holds
  name: string;
  boroughCode: string;
  boroughName: string;
  vintage: string; // '2013' | '2022' | ...
  /**
   * Census 2021 usual residents by best fit: output areas whose population-weighted centroid lies inside
   * the ward polygon (wards do not nest in Census 2021 areas, so this is an estimate).
   */
  population: number;
  households: number;
  /** Where the map puts its name (src/data/label-point.ts), computed by the pipeline; absent in data built before it. */
  labelAt?: [number, number];
}

/** Census 2021 lower layer super output area, the smallest unit with a polygon. */
export interface LsoaProps {
  code: string; // LSOA21CD
  name: string;
  msoaCode: string;
  boroughCode: string;
  /** Census 2021 usual residents (the LSOA table; differs from the OA sum by ONS cell-key perturbation). */
  population: number;
  /** Census 2021 households, summed from this LSOA's output areas. */
  households: number;
  /** Geodesic area, m². */
  areaM2: number;
  /** Usual residents per hectare. */
  density: number;
  /** Representative point: ONS population-weighted centroid, else a point guaranteed inside (polylabel). */
  repLng: number;
  repLat: number;
  repSource: 'pwc' | 'polylabel';
  /**
   * Age-band shares (0..1, summing to 1) from ONS mid-2020 estimates for LSOA 2011, matched by
   * code where unchanged, else from the 2011 LSOA holding this LSOA's representative point.
   * Null when no 2011 estimate could be matched.
   */
  ageShares: AgeShares | null;
}

export const AGE_BANDS = ['0-15', '16-29', '30-44', '45-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export type AgeShares = Record<AgeBand, number>;

export interface MsoaProps {
  code: string; // MSOA21CD
  name: string;
  boroughCode: string;
  population: number; // sum of its LSOAs
  households: number;
}

export interface LondonProps {
  code: string; // E12000007
  name: string;
}

export interface ServiceProps {
  id: string;
  type: ServiceType;
  name: string | null; // some sources (OS) leave buildings unnamed
  boroughCode: string | null;
  source: string; // dataset label, e.g. 'OS OpenMap Local'
}

export interface BidProps {
  id: string;
  name: string;
  borough: string | null;
  townCentre: string | null;
  weblink: string | null;
  updated: string | null;
}

export interface ParishProps {
  code: string | null;
  name: string;
  kind: 'parish' | 'neighbourhood-area';
}

/**
 * Census 2021 output areas, columnar (26,369 rows for London; arrays share one index).
 * OAs carry no polygon in the source data: each is its population-weighted centroid.
 */
export interface OaTable {
  codes: string[];
  /** Index into lsoa.geojson's features. */
  lsoa: number[];
  lng: number[];
  lat: number[];
  residents: number[];
  households: number[];
  communal: number[]; // residents in communal establishments
}

export type BoroughCollection = FeatureCollection<AreaGeometry, BoroughProps>;
export type WardCollection = FeatureCollection<AreaGeometry, WardProps>;
export type LsoaCollection = FeatureCollection<AreaGeometry, LsoaProps>;
export type MsoaCollection = FeatureCollection<AreaGeometry, MsoaProps>;
export type LondonCollection = FeatureCollection<AreaGeometry, LondonProps>;
export type ServiceCollection = FeatureCollection<Point, ServiceProps>;
export type BidCollection = FeatureCollection<AreaGeometry, BidProps>;
export type ParishCollection = FeatureCollection<AreaGeometry, ParishProps>;
export type ServiceFeature = Feature<Point, ServiceProps>;

/**
 * Where a source file came from and how complete it is: from its `X.meta.json` sidecar when the data
 * folder has one, else the pipeline's built-in credits (scripts/pipeline/credits.ts).
 */
export interface Provenance {
  /** Source file name in the data folder, e.g. services-health.geojson. */
  file: string;
  from: 'sidecar' | 'built-in';
  title: string;
  source: string;
  licence: string;
  attribution: string;
  /** As the source states it: '2014-02', '2016', 'December 2022' (see vintage.ts for display). */
  vintage: string;
  /** False when the file covers only part of what its layer should (7 of London's 76 BIDs). */
  complete: boolean;
  /** One plain sentence: what is in, what is missing. Null when nothing is stated. */
  coverage: string | null;
}

/** One service kind: its count and the provenance of the file it came from. */
export interface ServiceKindManifest extends Provenance {
  count: number;
}

export interface LayerManifestPresent {
  status: 'present';
  file: string;
  count: number;
  bytes: number;
  sha256: string;
  title: string;
  vintage: string;
  source: string; // where it came from (dataset name, publisher)
  licence: string;
  attribution: string;
  /** False when any source file of the layer is partial; `coverage` then says what is missing. */
  complete: boolean;
  coverage?: string;
  /** Each source file read for this layer, with its provenance. */
  sources?: Provenance[];
  /** For services: how many points of each type. */
  countsByType?: Partial<Record<ServiceType, number>>;
  /** For services: count and provenance of each kind. */
  kinds?: Partial<Record<ServiceType, ServiceKindManifest>>;
  notes?: string[];
  /** Problems with optional input files that were skipped (file, feature, problem). */
  warnings?: string[];
}

export interface LayerManifestMissing {
  status: 'missing';
  title: string;
  /** Plain-language reason shown in the layer panel, e.g. "BID boundaries are not in the data folder yet". */
  reason: string;
  /** How to add it (official source). */
  howToAdd: string;
  /** Why a file that was there could not be used (file, feature, problem). */
  warnings?: string[];
}

export type LayerManifest = LayerManifestPresent | LayerManifestMissing;

export interface Manifest {
  schemaVersion: 1;
  builtAt: string; // ISO time
  layers: Record<LayerId, LayerManifest>;
  totals: { population: number; households: number; oaCount: number; lsoaCount: number };
  /** Service types with no data at all (shown as "not available"). */
  missingServiceTypes: ServiceType[];
  /** Every optional input file skipped, and why (also under its layer); absent in older manifests. */
  warnings?: string[];
}

/** Everything the analysis engine needs, as loaded from public/data (browser fetch or node fs). */
export interface AppData {
  manifest: Manifest;
  boroughs: BoroughCollection;
  wards: WardCollection;
  lsoa: LsoaCollection;
  oa: OaTable;
  london: LondonCollection;
  msoa: MsoaCollection | null;
  services: ServiceCollection | null;
  bids: BidCollection | null;
  parishes: ParishCollection | null;
}
