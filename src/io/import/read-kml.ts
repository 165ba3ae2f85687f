/**
 * KML and KMZ → GeoJSON features with @tmcw/togeojson over @xmldom/xmldom (the same parser in the
 * browser, the import worker — which has no DOMParser — and node tests). KML coordinates are
 * WGS84 lon/lat by definition (OGC KML 2.2).
 */
import { DOMParser } from '@xmldom/xmldom';
import { kml } from '@tmcw/togeojson';
import type { Feature } from 'geojson';
import { unzipOrFail } from './detect-format';
import { ImportError } from './import-types';

export function readKmlText(text: string, fileName: string): Feature[] {
  let doc;
  let first: string | null = null;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        // Warnings (an unknown entity, a stray attribute) do not stop a KML from being read.
        if (level === 'warning') return;
        first ??= message.split('\n')[0] ?? message;
        throw new Error(message);
      },
    }).parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
  } catch (e) {
    // xmldom wraps our error in a long "Reporting fatalError ..." message: show the parser's own words.
    const why = first ?? (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new ImportError(`"${fileName}" is not valid XML, so it cannot be read as KML (${why}); it may be cut short or damaged.`);
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'kml') {
    throw new ImportError(`"${fileName}" is XML but not KML (its root element is <${root?.nodeName ?? 'nothing'}>, not <kml>).`);
  }
  return kml(doc).features as Feature[];
}

export function readKmz(bytes: Uint8Array, fileName: string): Feature[] {
  const files = unzipOrFail(bytes, fileName);
  // By convention the main document is doc.kml; otherwise the first .kml in the archive.
  const names = Object.keys(files).filter((n) => n.toLowerCase().endsWith('.kml'));
  const main = names.find((n) => n.toLowerCase() === 'doc.kml') ?? names[0];
  const data = main ? files[main] : undefined;
  if (!main || !data) throw new ImportError(`"${fileName}" is a zip without a .kml document inside.`);
  return readKmlText(new TextDecoder().decode(data), `${fileName} → ${main}`);
}
