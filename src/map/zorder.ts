/**
 * The one ordered list of MapLibre layer ids, bottom to top. Every layer the app adds must be in it:
 * `beforeIdFor` throws on an unknown id, so a typo or a forgotten entry fails loudly instead of
 * landing at a random depth. (Idea from a-b-street/ltn's zorder.)
 *
 * terra-draw adds its own layers after ours, so drawn proposals always sit on top.
 */
export const LAYER_ORDER = [
  'basemap',
  'lsoa-fill',
  'boroughs-fill',
  'bids-fill',
  'msoa-line',
  'lsoa-line',
  'oa-points',
  'wards2013-line',
  'wards-line',
  'boroughs-line',
  'parishes-line',
  'bids-line',
  'reference-fill',
  'reference-line',
  'london-line',
  'highlight-cut-lsoa',
  'highlight-units',
  'highlight-units-lsoa',
  'highlight-bids',
  'proposals-fill',
  'proposals-line',
  'overlaps-fill',
  'overlaps-line',
  'compare-diff-fill',
  'compare-diff-line',
  'build-hover-fill',
  'build-hover-line',
  'build-hover-line-remove',
  'services-cluster',
  'services-cluster-count',
  'services-circle',
  'services-symbol',
  'highlight-services',
  'wards-label',
  'boroughs-label',
  // Above the borough names, so an overlap's figures win a label collision with them.
  'overlaps-label',
  'proposals-label',
  'compare-diff-label',
  'selected-vertex',
] as const;
export type MapLayerId = (typeof LAYER_ORDER)[number];

export function isMapLayerId(id: string): id is MapLayerId {
  return (LAYER_ORDER as readonly string[]).includes(id);
}

/**
 * The id of the first layer already on the map that must be drawn above `id`, for
 * `map.addLayer(spec, beforeId)`; undefined means "on top of ours".
 */
export function beforeIdFor(id: string, hasLayer: (id: string) => boolean): MapLayerId | undefined {
  const index = LAYER_ORDER.indexOf(id as MapLayerId);
  if (index < 0) throw new Error(`Map layer "${id}" is not in LAYER_ORDER (src/map/zorder.ts)`);
  return LAYER_ORDER.slice(index + 1).find((above) => hasLayer(above));
}
