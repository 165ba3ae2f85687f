import type { LayerId } from '../../src/data/schema';

/** What each layer is, where it comes from and how to credit it (from the bundle's SOURCES.md). */
export interface LayerCredit {
  title: string;
  source: string;
  licence: string;
  attribution: string;
  /** Shown in the layer panel while the layer's data is absent. */
  howToAdd: string;
}

const ONS = 'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2022.';
const OGL = 'Open Government Licence v3.0';

/** The 2013 wards as packaged by martinjc/UK-GeoJSON (SOURCES.md). */
const WARDS_2013: LayerCredit = {
  title: 'Wards before the 2022 reviews (2013)',
  source: 'ONS/OS ward boundaries of 2013, as packaged by martinjc/UK-GeoJSON (CC BY 4.0, credit Martin Chorley)',
  licence: `${OGL}; packaging CC BY 4.0`,
  attribution: 'Contains Ordnance Survey data © Crown copyright and database right 2014. Packaging: Martin Chorley (CC BY 4.0).',
  howToAdd: 'Add wards-2013.geojson (London wards before the 2022 reviews) to compare old and new ward boundaries.',
};

/** The 2013 credit, for the main ward layer when the folder has only the 2013 file. */
export const WARDS_2013_CREDIT = WARDS_2013;

/** Built-in provenance of known service files that come without a sidecar. */
export const SERVICE_FILE_CREDITS: { file: RegExp; title: string; source: string; licence: string; attribution: string; vintage: (file: string) => string }[] = [
  {
    file: /^libraries-os-openmap-local\.geojson$/i,
    title: 'Libraries',
    source: 'OS OpenMap Local, Important Buildings (library), via LibrariesHacked/librarydata-db',
    licence: OGL,
    attribution: 'Contains OS data © Crown copyright and database right.',
    vintage: () => 'OS OpenMap Local, release not stated',
  },
  {
    file: /^edubasealldata\d*\.csv$/i,
    title: 'Schools (open establishments)',
    source: 'DfE Get Information About Schools, all establishment data',
    licence: OGL,
    attribution: 'Contains public sector information licensed under the Open Government Licence v3.0 (DfE).',
    // edubasealldata20250101.csv → 2025-01-01
    vintage: (file) => file.match(/(\d{4})(\d{2})(\d{2})/)?.slice(1).join('-') ?? 'date not stated',
  },
];

export const LAYER_CREDITS: Record<LayerId, LayerCredit> = {
  boroughs: {
    title: 'London boroughs',
    source: 'ONS Open Geography Portal, Local Authority Districts (December 2022) BGC',
    licence: OGL,
    attribution: ONS,
    howToAdd: 'Add boroughs.geojson (ONS LAD December 2022 BGC, London E09 codes) to the data folder.',
  },
  // Used when the newest ward file has no sidecar: the ONS December 2022 file normally brings its own.
  wards: {
    title: 'Electoral wards',
    source: 'ONS Open Geography Portal, Wards (December 2022) Boundaries UK BGC',
    licence: OGL,
    attribution: ONS,
    howToAdd: 'Add the ONS Wards (December 2022) BGC file as wards-2022.geojson (or wards-2013.geojson).',
  },
  wards2013: WARDS_2013,
  lsoa: {
    title: 'Small areas (LSOA 2021) with Census 2021 population',
    source: 'ONS LSOA 2021 boundaries (jamesdamillington/london-data) and Census 2021 counts (ONSvisual/GeoDraw-SvelteKit); age bands ONS mid-2020 small-area estimates',
    licence: OGL,
    attribution: ONS,
    howToAdd: 'Add lsoa21.geojson and lsoa21-population-census2021.csv (or Nomis census2021-ts001-lsoa.csv).',
  },
  msoa: {
    title: 'Middle layer super output areas (MSOA 2021)',
    source: 'ONS MSOA 2021 boundaries (jamesdamillington/london-data)',
    licence: OGL,
    attribution: ONS,
    howToAdd: 'Add msoa21.geojson (ONS MSOA 2021 boundaries).',
  },
  oa: {
    title: 'Output areas (Census 2021) as population-weighted centroids',
    source: 'ONS Census 2021 TS001/TS046 by output area and ONS OA 2021 population-weighted centroids',
    licence: OGL,
    attribution: ONS,
    howToAdd: 'Add oa21-census2021.csv (run `npm run fetch-data` to assemble it from the ONS and Nomis downloads).',
  },
  london: {
    title: 'Greater London outline',
    source: 'Derived from the ONS borough boundaries',
    licence: OGL,
    attribution: ONS,
    howToAdd: 'Add london-region.geojson, or it is derived from boroughs.geojson.',
  },
  services: {
    title: 'Public services',
    source: 'Libraries: OS OpenMap Local Important Buildings (via LibrariesHacked/librarydata-db); schools: DfE Get Information About Schools when present',
    licence: OGL,
    attribution: 'Contains OS data © Crown copyright and database right. Contains public sector information licensed under the Open Government Licence v3.0.',
    howToAdd: 'Add libraries-os-openmap-local.geojson, the GIAS edubasealldataYYYYMMDD.csv, or services-<name>.geojson points with `category` and `name`.',
  },
  bids: {
    title: 'Business Improvement Districts',
    source: 'Greater London Authority, London Datastore "London Plan: Business Improvement Districts"',
    licence: 'Creative Commons Attribution 4.0',
    attribution: 'Greater London Authority',
    howToAdd:
      'Download business_improvement_districts.zip from the London Datastore (dataset london-plan-business-improvement-districts-vqmx7) into the data folder, or run `npm run fetch-data`.',
  },
  parishes: {
    title: 'Existing parishes',
    source: 'ONS Parishes (December 2022) Boundaries EW BGC, cut to London',
    licence: OGL,
    attribution: ONS,
    howToAdd: "Add parishes-2022.geojson (ONS parish boundaries cut to London: Queen's Park, Westminster).",
  },
};
