/** The shape of data/sources.json: what `npm run fetch-data` downloads and how it checks each file. */
export interface Expectation {
  minFeatures?: number;
  maxFeatures?: number;
  minRows?: number;
  /** Property (GeoJSON) or column (CSV) names that must be present. */
  fields?: string[];
  contentTypes?: string[];
  /** Name endings that must be among a zip's members, e.g. ".shp". */
  zipMembers?: string[];
}

export interface Dataset {
  id: string;
  title: string;
  publisher: string;
  licence: string;
  vintage: string;
  kind: 'arcgis-geojson' | 'zip-shapefile' | 'zip-member' | 'file';
  url: string;
  member?: string;
  output: string;
  upperCaseFields?: boolean;
  expect: Expectation;
}

export interface SourcesFile {
  datasets: Dataset[];
  manual: { id: string; title: string; why: string; parts: string[] }[];
}
