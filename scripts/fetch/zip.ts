// Zip downloads: recognised by their PK\x03\x04 signature, not by the content type servers send
// (FETCH-NOTES.md 11); several members per archive (9); every shapefile layer in an archive (1).
import type { Feature, Geometry } from 'geojson';
import { unzipSync } from 'fflate';
import { detectCoordinateSystem, geometryFromBng, roundGeometry } from '../pipeline/coordinates';
import { bodySnippet } from './http';
import { DownloadError } from './verify';

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The archive's members; names what arrived when it is not a zip, and a truncated archive as such. */
export function openZip(id: string, url: string, bytes: Uint8Array, contentType = ''): Record<string, Uint8Array> {
  if (!isZip(bytes)) {
    const looksHtml = contentType === 'text/html' || /^\s*</.test(new TextDecoder().decode(bytes.subarray(0, 64)));
    const what = looksHtml ? `an HTML page ("${bodySnippet(bytes, 100)}")` : `${bytes.length.toLocaleString('en-GB')} bytes of ${contentType || 'unknown type'} without a zip signature`;
    throw new DownloadError(id, `${url} sent ${what}, not a zip archive`);
  }
  try {
    return unzipSync(bytes);
  } catch (error) {
    throw new DownloadError(id, `${url}: the zip archive cannot be read (${error instanceof Error ? error.message : String(error)}); it is probably truncated`);
  }
}

/** The member named `name` (at any folder depth); lists what the archive holds when it is absent. */
export function member(id: string, members: Record<string, Uint8Array>, name: string): Uint8Array {
  const key = Object.keys(members).find((path) => path.toLowerCase() === name.toLowerCase() || path.toLowerCase().endsWith(`/${name.toLowerCase()}`));
  const bytes = key ? members[key] : undefined;
  if (!bytes) throw new DownloadError(id, `the zip has no member ${name} (it has ${Object.keys(members).slice(0, 12).join(', ')})`);
  return bytes;
}

export interface ShapefileLayer {
  name: string;
  features: Feature<Geometry, Record<string, unknown>>[];
}

/**
 * Every shapefile layer in the archive (a .shp with its .dbf), as WGS84 GeoJSON. Geometry is read without
 * the .prj and reprojected here when it is British National Grid, so the one accurate BNG transform of
 * the pipeline applies (shpjs would apply whatever datum shift its projection library guesses from the .prj).
 */
export async function shapefileLayers(id: string, members: Record<string, Uint8Array>): Promise<ShapefileLayer[]> {
  const { parseShp, parseDbf } = await import('shpjs');
  const shps = Object.keys(members).filter((name) => name.toLowerCase().endsWith('.shp') && !name.includes('__MACOSX'));
  if (shps.length === 0) throw new DownloadError(id, `the zip holds no shapefile (.shp); it has ${Object.keys(members).slice(0, 12).join(', ')}`);
  return shps.map((shpName) => {
    const base = shpName.slice(0, -4);
    const sibling = (ext: string) => members[Object.keys(members).find((name) => name.toLowerCase() === `${base.toLowerCase()}.${ext}`) ?? ''];
    const dbf = sibling('dbf');
    if (!dbf) throw new DownloadError(id, `${shpName} has no .dbf beside it (the attribute table)`);
    const shp = members[shpName] as Uint8Array;
    const cpg = sibling('cpg');
    const geometries = parseShp(shp) as Geometry[];
    const rows = parseDbf(dbf, cpg ? new TextDecoder().decode(cpg) : undefined) as Record<string, unknown>[];
    if (geometries.length !== rows.length) throw new DownloadError(id, `${shpName} has ${geometries.length} shapes but its .dbf has ${rows.length} rows`);
    let features = geometries.map((geometry, i) => ({ type: 'Feature' as const, geometry, properties: rows[i] ?? {} }));
    const system = detectCoordinateSystem({ type: 'FeatureCollection', features }, shpName, (p) => Object.values(p)[0]);
    if (system === 'bng') features = features.map((f) => ({ ...f, geometry: geometryFromBng(f.geometry) }));
    return { name: base, features: features.map((f) => ({ ...f, geometry: roundGeometry(f.geometry, 6) })) };
  });
}
