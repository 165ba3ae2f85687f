/**
 * A zipped Shapefile → GeoJSON features with shpjs, which reprojects with the .prj it finds. We read
 * the .prj first ourselves: a zip without one, or with a projection proj4 cannot read, gets a clear
 * message rather than silently misplaced shapes.
 */
import proj4 from 'proj4';
import shp from 'shpjs';
import type { Feature, FeatureCollection } from 'geojson';
import { unzipOrFail } from './detect-format';
import { ImportError } from './import-types';

const base = (name: string) => name.replace(/\.[^.]*$/, '').toLowerCase();

/** The projection's name from WKT (PROJCS["British_National_Grid", ...]) for messages. */
function projectionName(wkt: string): string {
  return wkt.match(/^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\s*\[\s*"([^"]+)"/i)?.[1] ?? wkt.slice(0, 60);
}

export async function readShapefileZip(bytes: Uint8Array, fileName: string): Promise<Feature[]> {
  const files = unzipOrFail(bytes, fileName);
  const names = Object.keys(files).filter((n) => !n.startsWith('__MACOSX/'));
  const shps = names.filter((n) => n.toLowerCase().endsWith('.shp'));
  if (shps.length === 0) {
    throw new ImportError(`"${fileName}" is a zip without a .shp file (it holds ${names.length === 0 ? 'nothing' : names.slice(0, 5).join(', ')}). A zipped Shapefile needs .shp, .dbf and .prj files.`);
  }
  for (const s of shps) {
    const prj = names.find((n) => n.toLowerCase().endsWith('.prj') && base(n) === base(s));
    if (!prj) {
      throw new ImportError(`"${fileName}": ${s} has no .prj file beside it, so its coordinate system is unknown. Add the .prj file to the zip.`);
    }
    const wkt = new TextDecoder().decode(files[prj]);
    try {
      proj4(wkt);
    } catch {
      throw new ImportError(`"${fileName}": ${prj} names a projection this app cannot read ("${projectionName(wkt)}"). Save the file in British National Grid (EPSG:27700) or WGS84 (EPSG:4326).`);
    }
  }
  let parsed: FeatureCollection | FeatureCollection[];
  try {
    // Copy into an exact-size ArrayBuffer: shpjs reads the whole buffer it is given.
    parsed = await shp(bytes.slice().buffer);
  } catch (e) {
    throw new ImportError(`"${fileName}" holds a Shapefile that could not be read (${e instanceof Error ? e.message : String(e)}); it may be damaged.`);
  }
  return (Array.isArray(parsed) ? parsed : [parsed]).flatMap((c) => c.features ?? []);
}
