import type { Handler } from '../context';
import { httpGet } from '../http';
import type { ZipFileDataset } from '../sources';
import { DownloadError, checkFields } from '../verify';
import { openZip, shapefileLayers } from '../zip';

/**
 * A shapefile zip kept as published (the GLA BIDs): signature, members (.shp, .dbf, .prj) and fields are
 * checked and its features counted; fewer than the publisher listed is a warning, not a stop.
 */
export const zipFileHandler: Handler<ZipFileDataset> = async (dataset, context) => {
  const [name = `${dataset.id}.zip`] = dataset.outputs ?? [];
  const response = await httpGet(dataset.url, context.http, (p) => context.progress.update(name, p));
  const members = openZip(dataset.id, response.url, response.bytes, response.contentType);
  const names = Object.keys(members).map((n) => n.toLowerCase());
  const lacking = dataset.expect.zipMembers.filter((ending) => !names.some((n) => n.endsWith(ending)));
  if (lacking.length > 0) throw new DownloadError(dataset.id, `the zip lacks a ${lacking.join(', ')} file (it has ${Object.keys(members).join(', ')})`);
  const layers = await shapefileLayers(dataset.id, members);
  const features = layers.flatMap((layer) => layer.features);
  checkFields(dataset.id, Object.keys(features[0]?.properties ?? {}), dataset.expect.fields);
  if (features.length < dataset.expect.minFeatures) throw new DownloadError(dataset.id, `holds ${features.length} features, expected at least ${dataset.expect.minFeatures}`);
  const published = dataset.expect.publishedFeatures;
  const warnings = published && features.length < published ? [`${dataset.id}: the zip holds ${features.length} features; the publisher listed ${published}`] : [];
  const checks = `zip signature, ${dataset.expect.zipMembers.join(' ')} present, ${features.length} features with ${dataset.expect.fields.join(', ')}`;
  context.progress.done(name, `${response.bytes.length.toLocaleString('en-GB')} bytes`);
  return { outputs: [{ name, bytes: response.bytes, source: dataset.url, checks, count: features.length, complete: warnings.length === 0 }], summary: checks, warnings };
};
