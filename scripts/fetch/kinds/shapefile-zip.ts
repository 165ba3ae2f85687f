import type { Feature, Geometry } from 'geojson';
import type { Handler } from '../context';
import type { ShapefileZipDataset } from '../sources';
import { DownloadError } from '../verify';
import { shapefileLayers } from '../zip';
import type { ArcgisRows } from './arcgis';
import { downloadZip } from './download';

const fieldMatching = (props: Record<string, unknown>, pattern: string) => Object.keys(props).find((key) => new RegExp(pattern, 'i').test(key));

/**
 * LSOA 2021 boundaries from the London Datastore zip, which holds one shapefile per borough (33 layers):
 * all layers are merged (FETCH-NOTES.md 1), BNG is reprojected, and every London LSOA of the ONS lookup
 * must be there exactly once. MSOA and borough codes come from the lookup (the ONS source of truth).
 */
export const shapefileZipHandler: Handler<ShapefileZipDataset> = async (dataset, context) => {
  const lookup = await context.need<ArcgisRows>('oa-lookup');
  const parents = new Map(lookup.map((row) => [String(row.properties.LSOA21CD), { MSOA21CD: String(row.properties.MSOA21CD), LAD22CD: String(row.properties.LAD22CD) }]));
  const zip = await downloadZip(dataset.id, dataset.url, context);
  const layers = await shapefileLayers(dataset.id, zip.members);
  const features: Feature<Geometry, Record<string, string>>[] = [];
  const seen = new Set<string>();
  let outside = 0;
  for (const layer of layers) {
    const first = layer.features[0]?.properties ?? {};
    const codeField = fieldMatching(first, dataset.codeField);
    const nameField = fieldMatching(first, dataset.nameField);
    if (!codeField || !nameField) throw new DownloadError(dataset.id, `layer ${layer.name} has no field matching ${codeField ? dataset.nameField : dataset.codeField} (it has ${Object.keys(first).join(', ')})`);
    for (const feature of layer.features) {
      const code = String(feature.properties[codeField] ?? '').trim();
      const parent = parents.get(code);
      if (!parent) {
        outside += 1;
        continue;
      }
      if (seen.has(code)) throw new DownloadError(dataset.id, `LSOA ${code} appears twice (layer ${layer.name})`);
      seen.add(code);
      features.push({ type: 'Feature', properties: { LSOA21CD: code, LSOA21NM: String(feature.properties[nameField] ?? '').trim(), ...parent }, geometry: feature.geometry });
    }
  }
  const missing = [...parents.keys()].filter((code) => !seen.has(code));
  if (missing.length > 0) {
    throw new DownloadError(dataset.id, `${missing.length} of London's ${parents.size} LSOAs are missing from the ${layers.length} layer(s) of the zip (e.g. ${missing.slice(0, 3).join(', ')})`);
  }
  const checks = `${features.length.toLocaleString('en-GB')} LSOAs (every London LSOA of the ONS lookup, once) merged from ${layers.length} shapefile layer(s)${outside ? `; ${outside} outside London dropped` : ''}`;
  const [name = 'lsoa21.geojson'] = dataset.outputs ?? [];
  return { outputs: [{ name, bytes: JSON.stringify({ type: 'FeatureCollection', features }), source: dataset.url, checks, count: features.length }], summary: checks };
};
