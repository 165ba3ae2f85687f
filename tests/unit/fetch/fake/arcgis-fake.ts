// An ArcGIS FeatureServer as ONS runs it, for the fake server: layer info (?f=json), returnCountOnly,
// where (1=1, FIELD LIKE 'X%', and keyset "AND oid > n"), envelopes, outFields, orderByFields, paging
// capped at maxRecordCount with exceededTransferLimit, f=geojson and f=json, and ArcGIS error bodies.
import type { Geometry, Position } from 'geojson';
import type { FakeLayer } from './recordings';

export interface ArcgisFaults {
  /** Pages asking for more rows than this get ArcGIS error 500 (HTTP 200), as an overloaded layer does. */
  failAbovePageSize?: number;
  /** The first request at this offset returns an empty page that says more remain. */
  emptyPageAtOffset?: number;
  /** Services that answer "Invalid URL" (renamed or withdrawn). */
  missing?: string[];
  /** Layers that declare supportsPagination: false and ignore resultOffset (older ArcGIS servers). */
  noPagination?: boolean;
}

export const arcgisError = (code: number, message: string, details: string[] = []) => ({ error: { code, message, details } });

function matches(where: string, attributes: Record<string, string | number>, oidField: string): boolean {
  const keyset = /^\((.*)\) AND (\w+) > (-?\d+)$/.exec(where);
  if (keyset) return matches(keyset[1] ?? '', attributes, oidField) && Number(attributes[keyset[2] ?? oidField]) > Number(keyset[3]);
  if (where.trim() === '1=1') return true;
  const like = /^(\w+) LIKE '([^']*)%'$/.exec(where.trim());
  if (like) return String(attributes[like[1] ?? ''] ?? '').startsWith(like[2] ?? '');
  throw new Error(`unsupported where clause: ${where}`);
}

function positions(geometry: Geometry | null): Position[] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      return [];
  }
}

/** Deterministic reordering for a query without orderByFields: each page request sees another order. */
function unstable<T>(rows: T[], seed: number): T[] {
  return rows.map((row, i) => ({ row, key: ((i + 1) * 2654435761 + seed * 40503) % 4294967296 })).sort((a, b) => a.key - b.key).map((x) => x.row);
}

export function arcgisResponse(layers: FakeLayer[], service: string, op: string, params: URLSearchParams, faults: ArcgisFaults, seenOffsets: Set<string>): unknown {
  const layer = layers.find((l) => l.name === service);
  if (!layer || faults.missing?.includes(service)) return arcgisError(400, 'Invalid URL', ['Invalid URL']);
  if (op === '') {
    return {
      currentVersion: 11.3,
      id: 0,
      name: layer.name,
      type: layer.rows[0]?.geometry ? 'Feature Layer' : 'Table',
      objectIdField: layer.objectIdField,
      maxRecordCount: layer.maxRecordCount,
      advancedQueryCapabilities: { supportsPagination: !faults.noPagination, supportsOrderBy: true },
      fields: layer.fields.map((name) => ({ name, type: name === layer.objectIdField ? 'esriFieldTypeOID' : 'esriFieldTypeString' })),
    };
  }
  if (op !== 'query') return arcgisError(400, 'Invalid URL', ['Invalid URL']);
  const where = params.get('where');
  if (!where) return arcgisError(400, 'Unable to complete operation.', ["'where' parameter is invalid"]);
  let rows = layer.rows.filter((row) => matches(where, row.attributes, layer.objectIdField));
  const envelope = params.get('geometry');
  if (envelope) {
    const [w = 0, s = 0, e = 0, n = 0] = envelope.split(',').map(Number);
    rows = rows.filter((row) => positions(row.geometry).some(([x = 0, y = 0]) => x >= w && x <= e && y >= s && y <= n));
  }
  if (params.get('returnCountOnly') === 'true') return { count: rows.length };
  const outFields = (params.get('outFields') ?? '*').split(',');
  const unknown = outFields.filter((f) => f !== '*' && !layer.fields.includes(f));
  if (unknown.length > 0) return arcgisError(400, 'Cannot perform query. Invalid query parameters.', [`Unable to perform query. Please check your parameters. (${unknown.join(',')})`]);
  const offset = faults.noPagination ? 0 : Number(params.get('resultOffset') ?? 0);
  const requested = faults.noPagination ? layer.maxRecordCount : Number(params.get('resultRecordCount') ?? layer.maxRecordCount);
  if (faults.failAbovePageSize !== undefined && requested > faults.failAbovePageSize) return arcgisError(500, 'Error performing query operation', ['Query timed out']);
  const pageSize = Math.min(requested, layer.maxRecordCount);
  const ordered = params.get('orderByFields') ? rows : unstable(rows, offset);
  let page = ordered.slice(offset, offset + pageSize);
  const key = `${service}@${offset}`;
  if (faults.emptyPageAtOffset === offset && !seenOffsets.has(key)) {
    seenOffsets.add(key);
    page = [];
  }
  const exceeded = offset + page.length < rows.length;
  const pick = (attributes: Record<string, string | number>) => (outFields.includes('*') ? attributes : Object.fromEntries(outFields.map((f) => [f, attributes[f] ?? null])));
  if (params.get('f') === 'geojson') {
    return {
      type: 'FeatureCollection',
      features: page.map((row) => ({ type: 'Feature', id: row.attributes[layer.objectIdField], geometry: params.get('returnGeometry') === 'false' ? null : row.geometry, properties: pick(row.attributes) })),
      ...(exceeded ? { properties: { exceededTransferLimit: true } } : {}),
    };
  }
  return {
    objectIdFieldName: layer.objectIdField,
    fields: outFields.map((name) => ({ name })),
    features: page.map((row) => ({ attributes: pick(row.attributes) })),
    ...(exceeded ? { exceededTransferLimit: true } : {}),
  };
}
