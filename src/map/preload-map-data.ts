import { fetchLayer, presentLayer } from '../data/load-browser-manifest';
import type { BoroughCollection, LayerId, LondonCollection, Manifest, WardCollection } from '../data/schema';
import type { Preloaded } from './add-data-layers';
import { labelPoints } from './label-points';

/**
 * Small layers fetched on the main thread: London for the exact fit, boroughs (with their 33 label
 * points) for the first view, wards for hover, snapping and build-from-wards. Ward labels are
 * computed later, once the first view is on screen (see `firstViewGate`).
 */
async function preload(manifest: Manifest): Promise<Preloaded> {
  const want = (layer: LayerId) => presentLayer(manifest, layer) !== null;
  const [london, boroughs, wards] = await Promise.all([
    want('london') ? fetchLayer<LondonCollection>('london') : null,
    want('boroughs') ? fetchLayer<BoroughCollection>('boroughs') : null,
    want('wards') ? fetchLayer<WardCollection>('wards') : null,
  ]);
  const out: Preloaded = {};
  if (london) out.london = london;
  if (boroughs) Object.assign(out, { boroughs, 'boroughs-labels': labelPoints(boroughs) });
  if (wards) out.wards = wards;
  return out;
}

let preloading: { manifest: Manifest; data: Promise<Preloaded> } | null = null;

/**
 * Starts fetching the first view's data (`preload`) as soon as the manifest is read, rather than
 * once React has mounted the map: `createMap` reuses the same fetch (StrictMode's second map too).
 * Its own module, without MapLibre, so the fetch need not wait for MapLibre's code to load.
 */
export function preloadMapData(manifest: Manifest): Promise<Preloaded> {
  if (preloading?.manifest !== manifest) preloading = { manifest, data: preload(manifest) };
  return preloading.data;
}
