/**
 * What the importer gives back. Geometry is always WGS84 lon/lat (EPSG:4326) by the time it leaves
 * the importer; every message is plain language and names the file.
 */
import type { AreaGeometry } from '../../data/schema';

export const IMPORT_FORMATS = ['geojson', 'kml', 'kmz', 'shapefile-zip'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  geojson: 'GeoJSON',
  kml: 'KML',
  kmz: 'KMZ (zipped KML)',
  'shapefile-zip': 'zipped Shapefile',
};

/** Files over this many bytes are refused unless the user agrees to go on (50 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Files with more polygon vertices than this are refused unless the user agrees to simplify them. */
export const MAX_FILE_VERTICES = 200_000;
/** Above this many polygons the user is asked before they are all added. */
export const MANY_FEATURES = 100;

export interface ImportedFeature {
  /** Index of the feature in the file (0-based), for messages. */
  index: number;
  geometry: AreaGeometry;
  /** The feature's attributes with every value as text (numbers formatted, objects dropped). */
  properties: Record<string, string>;
  vertexCount: number;
}

export interface ImportSummary {
  ok: true;
  fileName: string;
  format: ImportFormat;
  features: ImportedFeature[];
  /** Attribute names holding text in most features, best name candidate first. */
  nameFields: string[];
  /** The field we would name proposals from; null when no field looks like a name (ask the user). */
  suggestedNameField: string | null;
  /** True when the file is this app's own GeoJSON export (names, kinds, colours, notes kept). */
  ownExport: boolean;
  /** Plain-language notes: skipped lines and points, reprojection, simplification. */
  notes: string[];
  /** Features whose polygons could not be used at all (empty, no coordinates), by reason. */
  skipped: string[];
  vertexCount: number;
}

export interface ImportFailure {
  ok: false;
  fileName: string;
  /** Names the file and the problem, e.g. `"x.kml" is not valid XML (...)`. */
  message: string;
  /** Set when the user may go on with consent: 'large-file' (≥ 50 MB) or 'many-vertices' (≥ 200,000). */
  needsConsent?: 'large-file' | 'many-vertices';
}

export type ImportResult = ImportSummary | ImportFailure;

export interface ImportOptions {
  /** The user agreed to read a file over MAX_FILE_BYTES. */
  allowLargeFile?: boolean;
  /** The user agreed to simplify a file over MAX_FILE_VERTICES until it fits. */
  simplify?: boolean;
}

/** Thrown inside the importer for a problem the user must hear about; caught in importFile. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly needsConsent?: ImportFailure['needsConsent'],
  ) {
    super(message);
  }
}
