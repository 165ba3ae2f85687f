import type { FeatureCollection } from 'geojson';
import { strFromU8 } from 'fflate';
import { fetchArcgisGeoJson, type Fetcher } from './arcgis';
import type { Dataset } from './sources';
import { unzip, upperCaseProperties, verifyCsv, verifyFeatureCollection, verifyResponse, verifyZipMembers, zipMember } from './verify';

/** Download one dataset and return the bytes to save under `dataset.output`, verified. */
export async function downloadDataset(dataset: Dataset, fetcher: Fetcher): Promise<Uint8Array> {
  const name = dataset.id;
  if (dataset.kind === 'arcgis-geojson') {
    const collection = verifyFeatureCollection(name, await fetchArcgisGeoJson(name, dataset.url, fetcher), dataset.expect);
    return new TextEncoder().encode(JSON.stringify(collection));
  }
  const response = await fetcher(dataset.url);
  const zipped = dataset.kind !== 'file' || dataset.url.endsWith('.zip');
  verifyResponse(name, response.status, response.headers.get('content-type'), zipped ? 'zip' : 'csv', dataset.expect.contentTypes);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return convertDownload(dataset, bytes);
}

/** Verify (and where needed convert) downloaded bytes; separate from the network so tests run on local files. */
export async function convertDownload(dataset: Dataset, bytes: Uint8Array): Promise<Uint8Array> {
  const name = dataset.id;
  switch (dataset.kind) {
    case 'file': {
      if (dataset.output.endsWith('.zip')) verifyZipMembers(name, unzip(name, bytes), dataset.expect);
      return bytes;
    }
    case 'zip-member': {
      const member = zipMember(name, unzip(name, bytes), dataset.member ?? dataset.output);
      verifyCsv(name, strFromU8(member), dataset.expect);
      return member;
    }
    case 'zip-shapefile': {
      verifyZipMembers(name, unzip(name, bytes), { zipMembers: ['.shp', '.dbf'] });
      const { default: shp } = await import('shpjs');
      const parsed = await shp(bytes);
      let collection: FeatureCollection | undefined = Array.isArray(parsed) ? parsed[0] : parsed;
      if (!collection) throw new Error(`${name}: the shapefile holds no layer`);
      if (dataset.upperCaseFields) collection = upperCaseProperties(collection);
      verifyFeatureCollection(name, collection, dataset.expect);
      return new TextEncoder().encode(JSON.stringify(collection));
    }
    case 'arcgis-geojson':
      verifyFeatureCollection(name, JSON.parse(strFromU8(bytes)), dataset.expect);
      return bytes;
  }
}
