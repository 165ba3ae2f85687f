import type { Feature, FeatureCollection } from 'geojson';
import { DownloadError, verifyResponse } from './verify';

export type Fetcher = (url: string) => Promise<Response>;

/**
 * An ArcGIS FeatureServer query as GeoJSON, following its pages: the service caps each response
 * (maxRecordCount, often 2,000) and says `exceededTransferLimit` when more remain.
 */
export async function fetchArcgisGeoJson(dataset: string, url: string, fetcher: Fetcher, pageSize = 1000): Promise<FeatureCollection> {
  const features: Feature[] = [];
  for (let offset = 0, page = 0; page < 100; page += 1) {
    const pageUrl = `${url}&resultOffset=${offset}&resultRecordCount=${pageSize}`;
    const response = await fetcher(pageUrl);
    verifyResponse(dataset, response.status, response.headers.get('content-type'), 'json');
    const json = (await response.json()) as Partial<FeatureCollection> & { exceededTransferLimit?: boolean; properties?: { exceededTransferLimit?: boolean }; error?: { message?: string } };
    if (json.error) throw new DownloadError(dataset, `the service returned an error: ${json.error.message ?? 'unknown'}`);
    if (!Array.isArray(json.features)) throw new DownloadError(dataset, 'page is not a GeoJSON FeatureCollection');
    features.push(...json.features);
    offset += json.features.length;
    const more = json.exceededTransferLimit ?? json.properties?.exceededTransferLimit ?? false;
    if (!more || json.features.length === 0) return { type: 'FeatureCollection', features };
  }
  throw new DownloadError(dataset, 'more than 100 pages: the query is not filtered to London');
}
