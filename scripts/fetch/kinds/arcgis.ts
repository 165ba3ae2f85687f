import type { Feature, Geometry } from 'geojson';
import { queryAll } from '../arcgis';
import type { Handler } from '../context';
import { formatBytes } from '../progress';
import type { ArcgisDataset } from '../sources';
import { checkCounts } from '../verify';

export type ArcgisRows = Feature<Geometry | null, Record<string, unknown>>[];

/**
 * An ONS ArcGIS layer, paged in full. With `outputs`, written as a GeoJSON FeatureCollection (WGS84,
 * 6 decimals); without, an input kept in data/raw/.cache/<id>.json for the datasets that need it.
 */
export const arcgisHandler: Handler<ArcgisDataset> = async (dataset, context) => {
  const cacheName = `${dataset.id}.json`;
  const cached = dataset.outputs ? null : context.store.readCache(cacheName);
  if (cached) {
    const rows = JSON.parse(cached.toString('utf8')) as ArcgisRows;
    return { outputs: [], value: rows, summary: `${rows.length.toLocaleString('en-GB')} rows from data/raw/.cache/${cacheName} (verified when fetched)` };
  }
  const result = await queryAll(dataset, context.http, context.progress);
  const checks = checkCounts(dataset.id, result.features.map((f) => f.properties), dataset.expect);
  const source = `${result.layerUrl} (${result.pages} page${result.pages === 1 ? '' : 's'})`;
  const summary = `${checks}, unique ${dataset.key}, from ${result.service} in ${result.pages} page(s), ${formatBytes(result.bytes)}`;
  if (!dataset.outputs) {
    context.store.writeCache(cacheName, JSON.stringify(result.features));
    return { outputs: [], value: result.features, summary };
  }
  const [name = `${dataset.id}.geojson`] = dataset.outputs;
  const missingGeometry = result.features.findIndex((f) => !f.geometry);
  if (missingGeometry >= 0) throw new Error(`${dataset.id}: ${dataset.key} ${String(result.features[missingGeometry]?.properties[dataset.key])} has no geometry`);
  const json = JSON.stringify({ type: 'FeatureCollection', features: result.features });
  return { outputs: [{ name, bytes: json, source, checks, count: result.features.length }], value: result.features, summary };
};
