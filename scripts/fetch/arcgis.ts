// ArcGIS FeatureServer queries as ONS's Open Geography Portal serves them. Esri's documented rules, which
// the first downloader broke (FETCH-NOTES.md 2–5, 12): read the layer's limits first (maxRecordCount,
// supportsPagination, objectIdField); page in a stable order (orderByFields=<objectIdField> ASC); keep
// paging after an empty page that still says exceededTransferLimit; halve the page when a page fails;
// read error bodies (ArcGIS answers HTTP 200 with {"error":{code,message,details}}); and try each
// candidate service name, because ONS republishes layers with new suffixes (_V2, _V3, _UK_/_GB_).
import type { Feature, Geometry } from 'geojson';
import { roundGeometry } from '../pipeline/coordinates';
import { HttpError, httpGet, type HttpOptions } from './http';
import type { ProgressSink } from './progress';
import { DownloadError } from './verify';

export interface ArcgisQuery {
  /** Dataset id, for messages. */
  id: string;
  /** e.g. https://services1.arcgis.com/ESMARspQHYMw9BZ9/arcgis/rest/services */
  servicesRoot: string;
  /** Candidate service names, newest first; the first that answers is used. */
  services: string[];
  layer?: number;
  where: string;
  outFields: string[];
  /** false for lookup tables (attributes only). */
  returnGeometry: boolean;
  /** WGS84 [west, south, east, north]: only features intersecting it (for layers with no borough field). */
  envelope?: [number, number, number, number];
  /** Field whose values must be unique across all pages (a page overlap shows up here). */
  key: string;
}

export interface ArcgisResult {
  service: string;
  layerUrl: string;
  features: Feature<Geometry | null, Record<string, unknown>>[];
  bytes: number;
  pages: number;
}

export interface ArcgisLayerInfo {
  maxRecordCount: number;
  supportsPagination: boolean;
  objectIdField: string;
  fields: string[];
}

interface ArcgisErrorBody {
  error?: { code?: number; message?: string; details?: unknown[] };
}

/** An ArcGIS error body (sent with HTTP 200): code, message and details as the service put them. */
export class ArcgisError extends Error {
  constructor(
    readonly url: string,
    readonly code: number | null,
    detail: string,
  ) {
    super(`${url} answered with ArcGIS error ${code ?? '?'}: ${detail}`);
    this.name = 'ArcgisError';
  }
}

/** Smallest page tried before giving up: below this a failing service is not a page-size problem. */
const MIN_PAGE = 50;

async function getJson(url: string, http: HttpOptions, onBytes?: (bytes: number) => void): Promise<{ json: Record<string, unknown>; bytes: number }> {
  const response = await httpGet(url, http, onBytes ? (p) => onBytes(p.bytes) : undefined);
  const text = new TextDecoder().decode(response.bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const kind = response.contentType === 'text/html' || /^\s*</.test(text) ? 'an HTML page' : `${response.contentType || 'an unknown type'}`;
    throw new DownloadError(url, `expected JSON, the server sent ${kind}: "${text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 160)}"`);
  }
  const error = (json as ArcgisErrorBody).error;
  if (error) {
    const details = Array.isArray(error.details) && error.details.length > 0 ? ` (${error.details.map(String).join('; ')})` : '';
    throw new ArcgisError(url, error.code ?? null, `${error.message ?? 'no message'}${details}`);
  }
  return { json: json as Record<string, unknown>, bytes: response.bytes.length };
}

/** The layer's limits and fields (`<layer>?f=json`). */
export function readLayerInfo(json: Record<string, unknown>): ArcgisLayerInfo {
  const fields = Array.isArray(json.fields) ? (json.fields as { name?: string; type?: string }[]) : [];
  const oid = typeof json.objectIdField === 'string' ? json.objectIdField : fields.find((f) => f.type === 'esriFieldTypeOID')?.name;
  const advanced = json.advancedQueryCapabilities as { supportsPagination?: boolean } | undefined;
  return {
    maxRecordCount: typeof json.maxRecordCount === 'number' && json.maxRecordCount > 0 ? json.maxRecordCount : 1000,
    supportsPagination: advanced?.supportsPagination ?? true,
    objectIdField: oid ?? 'OBJECTID',
    fields: fields.map((f) => f.name ?? '').filter(Boolean),
  };
}

/** The first candidate service that answers `?f=json` with a layer; every refusal is kept for the error. */
export async function findLayer(query: ArcgisQuery, http: HttpOptions): Promise<{ service: string; layerUrl: string; info: ArcgisLayerInfo }> {
  const refusals: string[] = [];
  for (const service of query.services) {
    const layerUrl = `${query.servicesRoot}/${service}/FeatureServer/${query.layer ?? 0}`;
    try {
      const { json } = await getJson(`${layerUrl}?f=json`, http);
      const info = readLayerInfo(json);
      const missing = query.outFields.filter((field) => !info.fields.some((f) => f.toUpperCase() === field.toUpperCase()));
      if (info.fields.length > 0 && missing.length > 0) {
        refusals.push(`${service}: has no field(s) ${missing.join(', ')} (it has ${info.fields.slice(0, 12).join(', ')})`);
        continue;
      }
      return { service, layerUrl, info };
    } catch (error) {
      // No response at all is the network, not a renamed service: the other names would fail the same way.
      if (error instanceof HttpError && error.status === null) throw new DownloadError(query.id, error.message);
      if (!(error instanceof ArcgisError || error instanceof HttpError || error instanceof DownloadError)) throw error;
      refusals.push(`${service}: ${error.message}`);
    }
  }
  throw new DownloadError(query.id, `no candidate ArcGIS service answered:\n    ${refusals.join('\n    ')}`);
}

function queryParams(query: ArcgisQuery, extra: Record<string, string>): string {
  const params: Record<string, string> = { where: query.where, ...extra };
  if (query.envelope) {
    Object.assign(params, {
      geometry: query.envelope.join(','),
      geometryType: 'esriGeometryEnvelope',
      inSR: '4326',
      spatialRel: 'esriSpatialRelIntersects',
    });
  }
  return new URLSearchParams(params).toString();
}

/** Features of one page, as GeoJSON features (tables: geometry null), from f=geojson or f=json. */
function pageFeatures(json: Record<string, unknown>): { features: Feature<Geometry | null, Record<string, unknown>>[]; exceeded: boolean } | null {
  if (!Array.isArray(json.features)) return null;
  const properties = json.properties as { exceededTransferLimit?: boolean } | undefined;
  const exceeded = (json.exceededTransferLimit as boolean | undefined) ?? properties?.exceededTransferLimit ?? false;
  const features = (json.features as Record<string, unknown>[]).map((raw) => {
    if ('attributes' in raw) return { type: 'Feature' as const, properties: (raw.attributes ?? {}) as Record<string, unknown>, geometry: null };
    const geometry = (raw.geometry ?? null) as Geometry | null;
    return { type: 'Feature' as const, properties: (raw.properties ?? {}) as Record<string, unknown>, geometry: geometry && roundGeometry(geometry, 6) };
  });
  return { features, exceeded };
}

/**
 * Every row the query matches, paged at the layer's maxRecordCount in objectIdField order. The total is
 * counted first (returnCountOnly), and the result must hold exactly that many rows with unique keys.
 */
export async function queryAll(query: ArcgisQuery, http: HttpOptions, progress: ProgressSink): Promise<ArcgisResult> {
  const { service, layerUrl, info } = await findLayer(query, http);
  const { json: countJson } = await getJson(`${layerUrl}/query?${queryParams(query, { returnCountOnly: 'true', f: 'json' })}`, http);
  const count = Number(countJson.count);
  if (!Number.isInteger(count) || count < 0) throw new DownloadError(query.id, `${layerUrl} gave no record count (${JSON.stringify(countJson).slice(0, 120)})`);
  const oid = info.objectIdField;
  const outFields = [...new Set([...query.outFields, oid])].join(',');
  const features: ArcgisResult['features'] = [];
  const seen = new Set<unknown>();
  let pageSize = info.maxRecordCount;
  let lastOid = -1;
  let bytes = 0;
  let pages = 0;
  let emptyStreak = 0;
  const maxRequests = Math.ceil(count / MIN_PAGE) + 20;
  const label = `${query.id} (${service})`;
  for (let request = 0; request < maxRequests; request += 1) {
    if (features.length >= count) break;
    // Without server paging, walk the object ids (keyset paging) instead of offsets.
    const where = info.supportsPagination ? query.where : `(${query.where}) AND ${oid} > ${lastOid}`;
    const paging: Record<string, string> = info.supportsPagination ? { resultOffset: String(features.length), resultRecordCount: String(pageSize) } : {};
    const url = `${layerUrl}/query?${queryParams({ ...query, where }, {
      outFields,
      orderByFields: `${oid} ASC`,
      returnGeometry: String(query.returnGeometry),
      ...(query.returnGeometry ? { outSR: '4326', f: 'geojson' } : { f: 'json' }),
      ...paging,
    })}`;
    let page: ReturnType<typeof pageFeatures>;
    let pageBytes: number;
    try {
      const got = await getJson(url, http, (b) => progress.update(label, { bytes: bytes + b, total: null, items: { done: features.length, total: count } }, `page ${pages + 1}`));
      page = pageFeatures(got.json);
      pageBytes = got.bytes;
      if (!page) throw new DownloadError(query.id, `page at offset ${features.length} is not a feature set (${JSON.stringify(got.json).slice(0, 120)})`);
    } catch (error) {
      const pageProblem = error instanceof ArcgisError || (error instanceof HttpError && (error.status === null || error.status >= 500));
      if (pageProblem && pageSize > MIN_PAGE) {
        pageSize = Math.max(MIN_PAGE, Math.floor(pageSize / 2));
        progress.say(`  ${label}: page at offset ${features.length} failed (${error.message}); retrying with ${pageSize} rows per page`);
        continue;
      }
      throw error;
    }
    pages += 1;
    bytes += pageBytes;
    if (page.features.length === 0) {
      // An empty page that says more remain is not the end (Esri docs); a smaller page usually goes through.
      if (!page.exceeded && features.length < count) throw new DownloadError(query.id, `${layerUrl} stopped after ${features.length} of the ${count} rows it counted`);
      if (!page.exceeded) break;
      emptyStreak += 1;
      if (emptyStreak > 4) throw new DownloadError(query.id, `${layerUrl} sent ${emptyStreak} empty pages in a row at offset ${features.length} while saying more rows remain`);
      pageSize = Math.max(MIN_PAGE, Math.floor(pageSize / 2));
      continue;
    }
    emptyStreak = 0;
    for (const feature of page.features) {
      // Field names as requested: a service may spell them in another case (oa21cd for OA21CD).
      for (const field of query.outFields) {
        const actual = field in feature.properties ? field : Object.keys(feature.properties).find((k) => k.toUpperCase() === field.toUpperCase());
        if (actual && actual !== field) {
          feature.properties[field] = feature.properties[actual];
          delete feature.properties[actual];
        }
      }
      const key = feature.properties[query.key];
      if (key === undefined || key === null) throw new DownloadError(query.id, `a row at offset ${features.length} has no ${query.key}`);
      if (seen.has(key)) throw new DownloadError(query.id, `${query.key} ${String(key)} came twice (pages overlap at offset ${features.length}); the service ignored orderByFields`);
      seen.add(key);
      const id = Number(feature.properties[oid]);
      if (Number.isFinite(id)) lastOid = Math.max(lastOid, id);
      if (!query.outFields.includes(oid)) delete feature.properties[oid];
      features.push(feature);
    }
    progress.update(label, { bytes, total: null, items: { done: features.length, total: count } }, `page ${pages}`);
    if (!page.exceeded && features.length < count && info.supportsPagination && page.features.length < pageSize) {
      throw new DownloadError(query.id, `${layerUrl} stopped after ${features.length} of the ${count} rows it counted`);
    }
  }
  if (features.length !== count) throw new DownloadError(query.id, `${layerUrl} sent ${features.length} rows, but counted ${count}`);
  return { service, layerUrl, features, bytes, pages };
}
