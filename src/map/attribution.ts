import type { Map as MapLibreMap } from 'maplibre-gl';

/** Below this map width (CSS px) the data credits would run to three lines or more over the map. */
const EXPANDED_FROM_PX = 1200;

/**
 * MapLibre's compact attribution opens itself when the first sources arrive and closes only on the
 * first drag. On a narrow map the open credits cover the bottom of the map (nine lines on a phone),
 * so close them to the ⓘ button once the data layers are on the map; a tap on ⓘ opens them.
 */
export function collapseAttributionWhenNarrow(map: MapLibreMap): void {
  if (map.getContainer().clientWidth >= EXPANDED_FROM_PX) return;
  map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact')?.classList.remove('maplibregl-compact-show');
}
