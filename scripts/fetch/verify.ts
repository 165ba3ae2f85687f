import type { FeatureCollection } from 'geojson';
import { unzipSync } from 'fflate';
import { parseCsvRecords } from '../pipeline/csv';
import type { Expectation } from './sources';

/** A download that is not what the publisher should have sent; the message says what arrived. */
export class DownloadError extends Error {
  constructor(dataset: string, problem: string) {
    super(`${dataset}: ${problem}`);
    this.name = 'DownloadError';
  }
}

const JSON_TYPES = ['application/json', 'application/geo+json', 'text/plain'];
const CSV_TYPES = ['text/csv', 'application/csv', 'application/octet-stream', 'text/plain'];
const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'];

/** Status 200 and an expected content type; an HTML page (a portal's error or login page) is named as such. */
export function verifyResponse(dataset: string, status: number, contentType: string | null, kind: 'json' | 'zip' | 'csv', expected?: string[]): void {
  if (status !== 200) throw new DownloadError(dataset, `HTTP status ${status} (expected 200)`);
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const allowed = expected ?? (kind === 'json' ? JSON_TYPES : kind === 'zip' ? ZIP_TYPES : CSV_TYPES);
  if (type === 'text/html') throw new DownloadError(dataset, 'the server sent an HTML page, not data (the URL may have moved; check the publisher page)');
  if (!allowed.includes(type)) throw new DownloadError(dataset, `content type "${type}" is not one of ${allowed.join(', ')}`);
}

function checkFields(dataset: string, present: readonly string[], expect: Expectation): void {
  const missing = (expect.fields ?? []).filter((field) => !present.includes(field));
  if (missing.length > 0) throw new DownloadError(dataset, `lacks field(s) ${missing.join(', ')}; it has ${present.slice(0, 12).join(', ')}`);
}

/** Parsed GeoJSON with the expected number of features and properties. */
export function verifyFeatureCollection(dataset: string, json: unknown, expect: Expectation): FeatureCollection {
  const collection = json as Partial<FeatureCollection> & { error?: { message?: string } };
  if (collection?.error) throw new DownloadError(dataset, `the service returned an error: ${collection.error.message ?? JSON.stringify(collection.error)}`);
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) throw new DownloadError(dataset, 'is not a GeoJSON FeatureCollection');
  const count = collection.features.length;
  if (expect.minFeatures !== undefined && count < expect.minFeatures) throw new DownloadError(dataset, `has ${count} features, expected at least ${expect.minFeatures}`);
  if (expect.maxFeatures !== undefined && count > expect.maxFeatures) throw new DownloadError(dataset, `has ${count} features, expected at most ${expect.maxFeatures}`);
  checkFields(dataset, Object.keys(collection.features[0]?.properties ?? {}), expect);
  return collection as FeatureCollection;
}

export function verifyCsv(dataset: string, text: string, expect: Expectation): void {
  const records = parseCsvRecords(text, dataset);
  if (expect.minRows !== undefined && records.length < expect.minRows) throw new DownloadError(dataset, `has ${records.length} rows, expected at least ${expect.minRows}`);
  checkFields(dataset, Object.keys(records[0] ?? {}), expect);
}

/** The members of a zip, with a clear error for a corrupt or truncated archive. */
export function unzip(dataset: string, bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch (error) {
    throw new DownloadError(dataset, `is not a readable zip archive (${error instanceof Error ? error.message : String(error)}); the download may be truncated`);
  }
}

export function zipMember(dataset: string, members: Record<string, Uint8Array>, name: string): Uint8Array {
  const key = Object.keys(members).find((path) => path === name || path.endsWith(`/${name}`));
  const bytes = key ? members[key] : undefined;
  if (!bytes) throw new DownloadError(dataset, `zip has no member ${name} (it has ${Object.keys(members).slice(0, 10).join(', ')})`);
  return bytes;
}

export function verifyZipMembers(dataset: string, members: Record<string, Uint8Array>, expect: Expectation): void {
  const missing = (expect.zipMembers ?? []).filter((ending) => !Object.keys(members).some((name) => name.toLowerCase().endsWith(ending)));
  if (missing.length > 0) throw new DownloadError(dataset, `zip lacks a ${missing.join(', ')} file`);
}

/** Property names upper-cased (the Datastore's shapefiles write lsoa21cd where ONS writes LSOA21CD). */
export function upperCaseProperties(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map((feature) => ({
      ...feature,
      properties: Object.fromEntries(Object.entries(feature.properties ?? {}).map(([key, value]) => [key.toUpperCase(), value])),
    })),
  };
}
