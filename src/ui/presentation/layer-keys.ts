import type { LayerId, Manifest } from '../../data/schema';

/** Order of the number keys in presentation mode: what a meeting switches most, first. */
const KEY_ORDER = ['boroughs', 'wards', 'bids', 'parishes', 'services', 'lsoa', 'msoa', 'oa', 'london'] as const satisfies readonly LayerId[];

export interface LayerKey {
  /** "1".."9": the key that toggles the layer. */
  key: string;
  layer: LayerId;
  title: string;
}

/** Number key → layer, for the layers the data has (missing layers get no key). At most nine. */
export function layerKeys(manifest: Manifest): LayerKey[] {
  return KEY_ORDER.filter((layer) => manifest.layers[layer].status === 'present')
    .slice(0, 9)
    .map((layer, i) => ({ key: String(i + 1), layer, title: manifest.layers[layer].title }));
}

/** The key that shows or hides the overlap map while presenting (1–9 are the data layers above). */
export const OVERLAPS_KEY = '0';
