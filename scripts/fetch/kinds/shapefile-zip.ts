import type { Feature, Geometry } from 'geojson';
import type { Handler } from '../context';
import { HttpError } from '../http';
import type { ShapefileZipDataset } from '../sources';
import { DownloadError } from '../verify';
import { shapefileLayers, type ShapefileLayer } from '../zip';
import type { ArcgisRows } from './arcgis';
import { downloadZip } from './download';

const fieldMatching = (props: Record<string, unknown>, pattern: string) => Object.keys(props).find((key) => new RegExp(pattern, 'i').test(key));

/**
 * London's LSOAs from one or more layers: every London LSOA of the ONS lookup exactly once (others, e.g.
 * neighbours inside a box around London, dropped), with MSOA and borough codes from the lookup.
 */
function londonLsoas(id: string, layers: ShapefileLayer[], codePattern: string, namePattern: string, parents: Map<string, { MSOA21CD: string; LAD22CD: string }>) {
  const features: Feature<Geometry, Record<string, string>>[] = [];
  const seen = new Set<string>();
  let outside = 0;
  for (const layer of layers) {
    const first = layer.features[0]?.properties ?? {};
    const codeField = fieldMatching(first, codePattern);
    const nameField = fieldMatching(first, namePattern);
    if (!codeField || !nameField) throw new DownloadError(id, `layer ${layer.name} has no field matching ${codeField ? namePattern : codePattern} (it has ${Object.keys(first).join(', ')})`);
    for (const feature of layer.features) {
      const code = String(feature.properties[codeField] ?? '').trim();
      const parent = parents.get(code);
      if (!parent) {
        outside += 1;
        continue;
      }
      if (seen.has(code)) throw new DownloadError(id, `LSOA ${code} appears twice (layer ${layer.name})`);
      seen.add(code);
      features.push({ type: 'Feature', properties: { LSOA21CD: code, LSOA21NM: String(feature.properties[nameField] ?? '').trim(), ...parent }, geometry: feature.geometry });
    }
  }
  const missing = [...parents.keys()].filter((code) => !seen.has(code));
  if (missing.length > 0) {
    throw new DownloadError(id, `${missing.length} of London's ${parents.size} LSOAs are missing from the ${layers.length} layer(s) (e.g. ${missing.slice(0, 3).join(', ')})`);
  }
  return { features, outside };
}

/**
 * LSOA 2021 boundaries from the London Datastore zip, which holds one shapefile per borough (33 layers):
 * all layers are merged (FETCH-NOTES.md 1) and BNG reprojected. When the zip cannot be had or read, the
 * ONS ArcGIS layer (`fallback`) gives the same areas.
 */
export const shapefileZipHandler: Handler<ShapefileZipDataset> = async (dataset, context) => {
  const lookup = await context.need<ArcgisRows>('oa-lookup');
  const parents = new Map(lookup.map((row) => [String(row.properties.LSOA21CD), { MSOA21CD: String(row.properties.MSOA21CD), LAD22CD: String(row.properties.LAD22CD) }]));
  let layers: ShapefileLayer[];
  let source = dataset.url;
  let codePattern = dataset.codeField;
  let namePattern = dataset.nameField;
  try {
    layers = await shapefileLayers(dataset.id, (await downloadZip(dataset.id, dataset.url, context)).members);
  } catch (error) {
    if (!dataset.fallback || !(error instanceof DownloadError || error instanceof HttpError)) throw error;
    context.progress.say(`  ${dataset.id}: ${error.message}; using ${dataset.fallback} instead`);
    const rows = await context.need<ArcgisRows>(dataset.fallback);
    layers = [{ name: dataset.fallback, features: rows.filter((row): row is Feature<Geometry, Record<string, unknown>> => row.geometry !== null) }];
    source = `ONS Open Geography Portal (${dataset.fallback})`;
    codePattern = '^LSOA21CD$';
    namePattern = '^LSOA21NM$';
  }
  const { features, outside } = londonLsoas(dataset.id, layers, codePattern, namePattern, parents);
  const checks = `${features.length.toLocaleString('en-GB')} LSOAs (every London LSOA of the ONS lookup, once) from ${layers.length} layer(s)${outside ? `; ${outside} outside London dropped` : ''}`;
  const [name = 'lsoa21.geojson'] = dataset.outputs ?? [];
  return { outputs: [{ name, bytes: JSON.stringify({ type: 'FeatureCollection', features }), source, checks, count: features.length }], summary: checks };
};
