// A local stand-in for the official data services (127.0.0.1 only), reached through LDM_FETCH_BASE:
// http://127.0.0.1:PORT/<official host>/<official path>. It serves the recordings of ./recordings.ts and,
// on request, the failures real servers produce: an HTML error page with status 200, a truncated body,
// HTTP 500, a stalled response. It stops by itself after `lifetimeMs` even if a test forgets to.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { arcgisResponse, type ArcgisFaults } from './arcgis-fake';
import { recordings } from './recordings';

export type Fault = 'html' | 'status-500' | 'truncate' | 'stall' | 'cut-zip';

export interface FakeOptions {
  /** Per path suffix, faults served to the next requests in turn (then normal responses). */
  faults?: Record<string, Fault[]>;
  arcgis?: ArcgisFaults;
  /** The only date (YYYYMMDD) with a GIAS register; other dates get a 404 page. */
  giasDate: string;
  lifetimeMs?: number;
}

export interface FakeServer {
  base: string;
  requests: string[];
  close(): Promise<void>;
}

const ARCGIS = /^\/services1\.arcgis\.com\/ESMARspQHYMw9BZ9\/arcgis\/rest\/services\/([^/]+)\/FeatureServer\/0\/?(query)?$/;
const ERROR_PAGE = '<!DOCTYPE html><html><head><title>Service unavailable</title></head><body><h1>Sorry, the service is unavailable</h1><p>Please try again later.</p></body></html>';

export async function startFakeServices(options: FakeOptions): Promise<FakeServer> {
  const data = recordings();
  const files: Record<string, { body: Uint8Array; type: string }> = {
    '/www.nomisweb.co.uk/output/census/2021/census2021-ts001.zip': { body: data.ts001, type: 'application/zip' },
    '/www.nomisweb.co.uk/output/census/2021/census2021-ts041.zip': { body: data.ts041, type: 'application/x-zip-compressed' },
    '/data.london.gov.uk/download/38460723-837c-44ec-b9f0-1ebe939de89a/2a5e50ac-c22e-4d68-89e2-85f1e0ff9057/LB_LSOA2021_shp.zip': { body: data.lsoaZip, type: 'binary/octet-stream' },
    '/data.london.gov.uk/download/vqmx7/42dacf04-f4d1-408a-85af-ba17818d2505/business_improvement_districts.zip': { body: data.bidZip, type: 'application/octet-stream' },
    [`/ea-edubase-api-prod.azurewebsites.net/edubase/downloads/public/edubasealldata${options.giasDate}.csv`]: { body: data.gias, type: 'text/csv' },
  };
  const requests: string[] = [];
  const seenOffsets = new Set<string>();
  const faults = Object.fromEntries(Object.entries(options.faults ?? {}).map(([k, v]) => [k, [...v]]));
  const stalled = new Set<ServerResponse>();

  const send = (res: ServerResponse, status: number, type: string, body: Uint8Array | string) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    res.writeHead(status, { 'content-type': type, 'content-length': bytes.length });
    res.end(bytes);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const faultKey = Object.keys(faults).find((suffix) => url.pathname.endsWith(suffix) && (faults[suffix]?.length ?? 0) > 0);
    const fault = faultKey ? faults[faultKey]?.shift() : undefined;
    if (fault === 'html') return send(res, 200, 'text/html; charset=utf-8', ERROR_PAGE);
    if (fault === 'status-500') return send(res, 500, 'text/html', ERROR_PAGE);
    if (fault === 'stall') {
      stalled.add(res);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': 1000 });
      res.write(Buffer.alloc(10));
      return; // never finishes: the client must time out and retry
    }
    const arcgis = ARCGIS.exec(url.pathname);
    if (arcgis) {
      const body = arcgisResponse(data.layers, decodeURIComponent(arcgis[1] ?? ''), arcgis[2] ?? '', url.searchParams, options.arcgis ?? {}, seenOffsets);
      const type = url.searchParams.get('f') === 'geojson' ? 'application/geo+json' : 'application/json; charset=utf-8';
      return send(res, 200, type, JSON.stringify(body));
    }
    const file = files[url.pathname];
    if (!file) return send(res, 404, 'text/html', '<html><body><h1>404 Not Found</h1><p>The resource you are looking for has been removed.</p></body></html>');
    if (fault === 'truncate') {
      res.writeHead(200, { 'content-type': file.type, 'content-length': file.body.length });
      res.write(Buffer.from(file.body.subarray(0, Math.floor(file.body.length / 2))));
      setTimeout(() => res.destroy(), 100); // after the first half has reached the client
      return;
    }
    if (fault === 'cut-zip') return send(res, 200, file.type, file.body.subarray(0, Math.floor(file.body.length / 2)));
    return send(res, 200, file.type, file.body);
  };

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      send(res, 500, 'text/plain', `fake server error: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  setTimeout(() => void close(), options.lifetimeMs ?? 180_000).unref();
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, requests, close };
}
