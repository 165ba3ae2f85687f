/**
 * Which importer a file needs, from its name and its first bytes (a renamed file is still read by
 * what it holds): a zip ("PK") is a KMZ when it holds a .kml, else a zipped Shapefile.
 */
import { unzipSync } from 'fflate';
import { ImportError, type ImportFormat } from './import-types';

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** First non-space character of the text at the start of the file (skipping a UTF-8 BOM). */
function firstChar(bytes: Uint8Array): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  return head.charAt(0);
}

/** Unzips, turning any failure into a message about a damaged zip. */
export function unzipOrFail(bytes: Uint8Array, fileName: string): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch (e) {
    throw new ImportError(`"${fileName}" is a damaged or incomplete zip file (${e instanceof Error ? e.message : String(e)}).`);
  }
}

export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (bytes.length === 0) throw new ImportError(`"${fileName}" is empty (0 bytes).`);
  if (isZip(bytes) || ext === 'zip' || ext === 'kmz') {
    if (!isZip(bytes)) throw new ImportError(`"${fileName}" is named .${ext} but is not a zip file (it may be damaged or incomplete).`);
    const names = Object.keys(unzipOrFail(bytes, fileName));
    return names.some((n) => n.toLowerCase().endsWith('.kml')) ? 'kmz' : 'shapefile-zip';
  }
  if (ext === 'shp' || ext === 'dbf' || ext === 'shx' || ext === 'prj') {
    throw new ImportError(`"${fileName}" is one part of a Shapefile. Put the .shp, .shx, .dbf and .prj files in one zip and import the zip.`);
  }
  const c = firstChar(bytes);
  if (c === '{' || c === '[' || ext === 'geojson' || ext === 'json') return 'geojson';
  if (c === '<' || ext === 'kml') return 'kml';
  throw new ImportError(
    `"${fileName}" is not a supported format. Import GeoJSON (.geojson, .json), KML (.kml), KMZ (.kmz) or a zipped Shapefile (.zip with .shp and .prj).`,
  );
}
