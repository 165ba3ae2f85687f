import type { LayerId, LayerManifestPresent, Manifest } from './schema';
import { LAYER_FILES } from './schema';

/**
 * Absolute URL of a file in public/data. Absolute because MapLibre fetches GeoJSON URLs from its own
 * worker, whose base URL is the worker script, not the page. The app is built with a relative base
 * (vite `base: './'`), so resolve against the document.
 */
export function dataUrl(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}

export function layerUrl(layer: LayerId): string {
  return dataUrl(LAYER_FILES[layer]);
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Reads public/data/manifest.json, which says which layers exist, their counts, vintages and
 * licences. Fails with a message a user can act on when the data has not been built.
 */
export async function loadManifest(): Promise<Manifest> {
  let json: unknown;
  try {
    json = await fetchJson(dataUrl('manifest.json'));
  } catch (error) {
    throw new Error(`The map data is missing (data/manifest.json). Run "npm run data" first. (${String(error)})`, {
      cause: error,
    });
  }
  const manifest = json as Partial<Manifest>;
  if (manifest.schemaVersion !== 1 || typeof manifest.layers !== 'object' || manifest.layers === null) {
    throw new Error('data/manifest.json is not a version 1 manifest: rebuild the data with "npm run data".');
  }
  return manifest as Manifest;
}

export function presentLayer(manifest: Manifest, layer: LayerId): LayerManifestPresent | null {
  const entry = manifest.layers[layer];
  return entry.status === 'present' ? entry : null;
}

/** Fetches one present GeoJSON layer; the caller names the collection type from schema.ts. */
export async function fetchLayer<T>(layer: LayerId): Promise<T> {
  return (await fetchJson(layerUrl(layer))) as T;
}
