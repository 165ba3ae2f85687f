import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { AreaGeometry, BidProps } from '../../../src/data/schema';
import { DataError, describeFeature } from '../data-error';
import { readAreaSource } from '../area-source';
import type { CoordinateSystem } from '../coordinates';
import { findFile } from '../read-source';

const BID_FILES = ['business_improvement_districts.geojson', 'bids.geojson', 'business_improvement_districts.zip'] as const;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * A shapefile needs its .shp (shapes), .dbf (names and fields) and .prj (coordinate system: without
 * it the GLA's BNG metres would be read as degrees). Names every member that is missing.
 */
export function checkShapefileZip(path: string, bytes: Uint8Array): void {
  const members: string[] = [];
  try {
    unzipSync(bytes, { filter: (entry) => (members.push(entry.name), false) });
  } catch (error) {
    throw new DataError(basename(path), `is not a readable zip (${error instanceof Error ? error.message : String(error)}); the download may be truncated`);
  }
  const missing = ['.shp', '.dbf', '.prj'].filter((ext) => !members.some((name) => name.toLowerCase().endsWith(ext)));
  if (missing.length > 0) {
    throw new DataError(basename(path), `the shapefile zip has no ${missing.join(' or ')} member (found ${members.join(', ') || 'nothing'}); a shapefile needs .shp, .dbf and .prj`);
  }
}

/** The GLA shapefile zip (BNG) as GeoJSON, via shpjs; a shapefile with several layers must hold one. */
async function shapefileZipToGeoJson(path: string): Promise<string> {
  const bytes = readFileSync(path);
  checkShapefileZip(path, bytes);
  const { default: shp } = await import('shpjs');
  const parsed = (await shp(bytes)) as FeatureCollection | FeatureCollection[];
  const collections = Array.isArray(parsed) ? parsed : [parsed];
  if (collections.length !== 1 || !collections[0]) throw new DataError(basename(path), `expected one shapefile layer, found ${collections.length}`);
  const out = join(mkdtempSync(join(tmpdir(), 'ldm-bids-')), 'business_improvement_districts.geojson');
  writeFileSync(out, JSON.stringify(collections[0]));
  return out;
}

/**
 * London Business Improvement Districts, GLA "London Plan: Business Improvement Districts" (fields
 * OBJECTID, borough, bid_name, town_centr, weblink, updated), as GeoJSON or the official shapefile zip.
 * Null when the folder has none.
 */
export async function buildBids(dir: string): Promise<{ file: string; path: string; system: CoordinateSystem; features: Feature<AreaGeometry, BidProps>[] } | null> {
  const found = findFile(dir, BID_FILES);
  if (!found) return null;
  const path = found.endsWith('.zip') ? await shapefileZipToGeoJson(found) : found;
  const source = readAreaSource(path, { codeField: /^(OBJECTID|bid_id|id)$/i, codePattern: /^\S+$/, what: 'BID id' });
  const features = source.features.map((feature, index) => {
    const props = feature.properties;
    const name = text(props.bid_name) ?? text(props.name);
    if (!name) throw new DataError(basename(found), 'has no bid_name', describeFeature(index, source.codes[index]));
    const bid: BidProps = {
      id: `bid-${source.codes[index] ?? index}`,
      name,
      borough: text(props.borough),
      townCentre: text(props.town_centr),
      weblink: text(props.weblink),
      updated: text(props.updated),
    };
    return { type: 'Feature' as const, properties: bid, geometry: feature.geometry };
  });
  return { file: basename(found), path: found, system: source.system, features };
}
