/**
 * Draws the user's reference layers (state/reference-layers-slice.ts): one GeoJSON source holding the
 * features of every visible layer, tagged with the layer's colour, painted as a light fill and a
 * dashed outline (so a reference layer never looks like a proposal), with the feature names as labels
 * from zoom 13. Coordinates EPSG:4326.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { ReferenceLayer } from '../state/reference-layers-slice';
import { watch, type AppStoreApi } from './store-handle';
import { beforeIdFor } from './zorder';
import { EDGE_DRAWN_BY_LINE } from './layers/types';

const SOURCE = 'reference-layers';

function collection(layers: readonly ReferenceLayer[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layers
      .filter((l) => l.visible)
      .flatMap((l) => l.features.map((f) => ({ type: 'Feature' as const, geometry: f.geometry, properties: { name: f.properties.name, layer: l.name, colour: l.colour } }))),
  };
}

export function syncReferenceLayers(map: MapLibreMap, store: AppStoreApi): () => void {
  map.addSource(SOURCE, { type: 'geojson', data: collection(store.getState().referenceLayers) });
  const has = (id: string) => map.getLayer(id) !== undefined;
  map.addLayer(
    { id: 'reference-fill', type: 'fill', source: SOURCE, paint: { ...EDGE_DRAWN_BY_LINE, 'fill-color': ['get', 'colour'], 'fill-opacity': 0.12 } },
    beforeIdFor('reference-fill', has),
  );
  map.addLayer(
    {
      id: 'reference-line',
      type: 'line',
      source: SOURCE,
      paint: { 'line-color': ['get', 'colour'], 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 15, 3], 'line-dasharray': [3, 1.5] },
    },
    beforeIdFor('reference-line', has),
  );
  return watch(store, (s) => s.referenceLayers, (layers, before) => {
    if (before === undefined) return;
    (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(collection(layers));
  });
}
