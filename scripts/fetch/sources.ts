/**
 * The shape of data/sources.json: what `npm run fetch-data` downloads and how it checks each dataset.
 * Datasets with `outputs` are written into data/raw/ (under the names the pipeline reads); the others are
 * inputs that later datasets `need` (kept in data/raw/.cache/ once verified, so a re-run resumes).
 */
import type { ArcgisQuery } from './arcgis';

interface DatasetBase {
  id: string;
  title: string;
  publisher: string;
  licence: string;
  vintage: string;
  /** Not needed to build (BIDs, schools): a failure is a warning, not a stop. */
  optional?: boolean;
  /** Files written into data/raw/ (empty for inputs). */
  outputs?: string[];
  /** Other dataset ids this one reads. */
  needs?: string[];
  /**
   * Per output (name as in `outputs`): the provenance sidecar written beside it as `<name without
   * extension>.meta.json` (the bundle's sidecar format); `{count}` in coverage is the count fetched.
   */
  sidecars?: Record<string, { title: string; attribution?: string; coverage: string }>;
}

/** The query fields are ArcgisQuery's (scripts/fetch/arcgis.ts), so the two cannot drift apart. */
export interface ArcgisDataset extends DatasetBase, Omit<ArcgisQuery, 'id'> {
  kind: 'arcgis';
  expect: { count?: number; min?: number; max?: number; distinct?: Record<string, number> };
}

export interface ZipTablesDataset extends DatasetBase {
  kind: 'zip-tables';
  /** Tried in order (e.g. TS041, then TS046 for households). */
  candidates: { url: string; members: string[] }[];
}

export interface ShapefileZipDataset extends DatasetBase {
  kind: 'shapefile-zip';
  url: string;
  /** Case-insensitive field patterns for the code and the name. */
  codeField: string;
  nameField: string;
  /** An ArcGIS dataset id with the same areas, used when the zip cannot be had or read. */
  fallback?: string;
}

export interface ZipFileDataset extends DatasetBase {
  kind: 'zip-file';
  url: string;
  expect: { zipMembers: string[]; fields: string[]; minFeatures: number; publishedFeatures?: number };
}

export interface GiasDataset extends DatasetBase {
  kind: 'gias-csv';
  /** With {date} for YYYYMMDD. */
  urlTemplate: string;
  daysBack: number;
  expect: { fields: string[]; minRows: number };
}

export interface AssemblyDataset extends DatasetBase {
  kind: 'census-assembly';
}

export type Dataset = ArcgisDataset | ZipTablesDataset | ShapefileZipDataset | ZipFileDataset | GiasDataset | AssemblyDataset;

export interface SourcesFile {
  about: string;
  datasets: Dataset[];
  manual: { id: string; title: string; why: string; parts: string[] }[];
}
