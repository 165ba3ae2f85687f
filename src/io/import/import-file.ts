/**
 * importFile(name, bytes) → ImportResult: the one entry point of the importer, run in the import
 * worker (import.worker.ts) so a large file never freezes the page, and directly by node tests.
 * Never throws: every failure comes back as { ok: false, message } naming the file and the problem.
 */
import { detectFormat } from './detect-format';
import {
  ImportError,
  MAX_FILE_BYTES,
  MAX_FILE_VERTICES,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
} from './import-types';
import { nameFields } from './name-fields';
import { placeFeatures, type Placed } from './place-features';
import { crsKind, readGeoJsonText } from './read-geojson';
import { readKmlText, readKmz } from './read-kml';
import { readShapefileZip } from './read-shapefile';
import { simplifyToFit } from './simplify-features';

const HEX = /^#[0-9a-fA-F]{6}$/;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function readAndPlace(format: ImportFormat, bytes: Uint8Array, fileName: string): Promise<Placed> {
  switch (format) {
    case 'geojson': {
      let read;
      try {
        read = readGeoJsonText(new TextDecoder().decode(bytes));
      } catch (e) {
        throw new ImportError(`"${fileName}" ${(e as Error).message}`);
      }
      return placeFeatures(read.features, fileName, crsKind(read.declaredCrs), read.declaredCrs);
    }
    case 'kml':
      return placeFeatures(readKmlText(new TextDecoder().decode(bytes), fileName), fileName, 'wgs84');
    case 'kmz':
      return placeFeatures(readKmz(bytes, fileName), fileName, 'wgs84');
    case 'shapefile-zip':
      // shpjs has already reprojected with the .prj: the result is WGS84, which placeFeatures checks.
      return placeFeatures(await readShapefileZip(bytes, fileName), fileName);
  }
}

export async function importFile(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  try {
    if (bytes.length > MAX_FILE_BYTES && !options.allowLargeFile) {
      throw new ImportError(`"${fileName}" is ${mb(bytes.length)}, over the ${mb(MAX_FILE_BYTES)} this app reads without asking. Reading it may take a while.`, 'large-file');
    }
    const format = detectFormat(fileName, bytes);
    const placed = await readAndPlace(format, bytes, fileName);
    let features = placed.features;
    const notes = [...placed.notes];
    let vertexCount = features.reduce((n, f) => n + f.vertexCount, 0);
    if (vertexCount > MAX_FILE_VERTICES) {
      if (!options.simplify) {
        throw new ImportError(
          `"${fileName}" has ${vertexCount.toLocaleString('en-GB')} corners, over the ${MAX_FILE_VERTICES.toLocaleString('en-GB')} this app analyses at once. Simplify the shapes to import them.`,
          'many-vertices',
        );
      }
      const simplified = simplifyToFit(features, MAX_FILE_VERTICES);
      features = simplified.features;
      const after = features.reduce((n, f) => n + f.vertexCount, 0);
      notes.push(`Simplified (with your consent) from ${vertexCount.toLocaleString('en-GB')} to ${after.toLocaleString('en-GB')} corners, tolerance about ${simplified.toleranceM} m.`);
      vertexCount = after;
    }
    const { fields, suggested } = nameFields(features);
    const ownExport = features.every((f) => (f.properties.kind === 'parish' || f.properties.kind === 'cid') && HEX.test(f.properties.colour ?? '') && 'name' in f.properties);
    return { ok: true, fileName, format, features, nameFields: fields, suggestedNameField: suggested, ownExport, notes, skipped: placed.skipped, vertexCount };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, fileName, message: e.message, ...(e.needsConsent ? { needsConsent: e.needsConsent } : {}) };
    return { ok: false, fileName, message: `"${fileName}" could not be read: ${e instanceof Error ? e.message : String(e)}.` };
  }
}
