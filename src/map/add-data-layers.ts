import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { fetchLayer, layerUrl, presentLayer } from '../data/load-browser-manifest';
import type { LayerId, Manifest, OaTable } from '../data/schema';
import { oaPoints } from './layers/oa';
import { DATA_LAYER_STYLES } from './layers';
import { isDeferred } from './layers/types';
import { beforeIdFor } from './zorder';

/** Data already fetched on the main thread (for labels or bounds); other layers load by URL in MapLibre's worker. */
export type Preloaded = Partial<Record<LayerId | `${LayerId}-labels`, FeatureCollection>>;

/** Layers whose data is set by their own module rather than by URL (services: only the kinds shown). */
export type Loaders = Partial<Record<LayerId, () => void>>;

/** What the deferred loads share: which have started, data the main thread holds, custom loaders. */
export interface DeferredLoads {
  started: Set<LayerId>;
  preloaded: Preloaded;
  loaders: Loaders;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Adds each present data layer's source and MapLibre layers, once. Later changes (visibility,
 * highlights, a deferred load) update these layers in place; nothing is removed and re-added.
 * Deferred layers (`loadFromZoom` or `lazy`) start empty: see `loadDeferredLayers`. Label sources
 * not yet computed are added later by `addLabels`.
 */
export function addDataLayers(
  map: MapLibreMap,
  manifest: Manifest,
  preloaded: Preloaded,
  visible: (layer: LayerId) => boolean,
): LayerId[] {
  const added: LayerId[] = [];
  for (const [layer, style] of Object.entries(DATA_LAYER_STYLES) as [LayerId, (typeof DATA_LAYER_STYLES)[LayerId]][]) {
    const entry = presentLayer(manifest, layer);
    if (!entry || !style) continue;
    const source: GeoJSONSourceSpecification = {
      type: 'geojson',
      data: isDeferred(style) ? EMPTY : (preloaded[layer] ?? layerUrl(layer)),
      attribution: entry.attribution,
      ...(style.promoteId ? { promoteId: style.promoteId } : {}),
      ...style.sourceOptions,
    };
    map.addSource(layer, source);
    const labels = preloaded[`${layer}-labels`];
    if (labels) map.addSource(`${layer}-labels`, { type: 'geojson', data: labels });
    for (const spec of style.layers) {
      if ('source' in spec && spec.source === `${layer}-labels` && !labels) continue;
      const layout = { ...('layout' in spec ? spec.layout : {}), visibility: visible(layer) ? 'visible' : 'none' };
      map.addLayer({ ...spec, layout } as typeof spec, beforeIdFor(spec.id, (id) => map.getLayer(id) !== undefined));
    }
    added.push(layer);
  }
  return added;
}

/**
 * Adds a layer's label-point source and its label layers, when the labels were computed after the
 * data layers were added (ward names: 700 polylabel runs, kept off the first view's path).
 */
export function addLabels(map: MapLibreMap, layer: LayerId, labels: FeatureCollection, visible: boolean): void {
  const style = DATA_LAYER_STYLES[layer];
  if (!style || map.getSource(`${layer}-labels`)) return;
  map.addSource(`${layer}-labels`, { type: 'geojson', data: labels });
  for (const spec of style.layers) {
    if (!('source' in spec) || spec.source !== `${layer}-labels`) continue;
    const layout = { ...('layout' in spec ? spec.layout : {}), visibility: visible ? 'visible' : 'none' };
    map.addLayer({ ...spec, layout } as typeof spec, beforeIdFor(spec.id, (id) => map.getLayer(id) !== undefined));
  }
}

/**
 * Fetches each deferred layer (once) when it is switched on and the map is zoomed in far enough
 * (lazy layers: at any zoom).
 * Returns the layers whose load was started by this call.
 */
export function loadDeferredLayers(
  map: MapLibreMap,
  visible: (layer: LayerId) => boolean,
  loads: DeferredLoads,
): LayerId[] {
  const now: LayerId[] = [];
  for (const [layer, style] of Object.entries(DATA_LAYER_STYLES) as [LayerId, (typeof DATA_LAYER_STYLES)[LayerId]][]) {
    if (!style || !isDeferred(style) || loads.started.has(layer) || !visible(layer)) continue;
    const source = map.getSource<GeoJSONSource>(layer);
    if (!source || map.getZoom() < (style.loadFromZoom ?? 0)) continue;
    loads.started.add(layer);
    startLoad(source, layer, loads);
    now.push(layer);
  }
  return now;
}

/** Fetches one deferred layer now (once), whatever the zoom: e.g. LSOAs to highlight the ones a proposal cuts. */
export function loadDeferredLayer(map: MapLibreMap, layer: LayerId, loads: DeferredLoads): void {
  const style = DATA_LAYER_STYLES[layer];
  const source = map.getSource<GeoJSONSource>(layer);
  if (!style || !isDeferred(style) || loads.started.has(layer) || !source) return;
  loads.started.add(layer);
  startLoad(source, layer, loads);
}

/**
 * GeoJSON layers load by URL in MapLibre's worker (or from data the main thread already holds);
 * the OA table is turned into points first.
 */
function startLoad(source: GeoJSONSource, layer: LayerId, { preloaded, loaders }: DeferredLoads): void {
  const custom = loaders[layer];
  if (custom) {
    custom();
    return;
  }
  const held = preloaded[layer];
  if (held) {
    void source.setData(held);
    return;
  }
  if (layer === 'oa') {
    void fetchLayer<OaTable>('oa').then((table) => source.setData(oaPoints(table)));
    return;
  }
  void source.setData(layerUrl(layer));
}

/** Shows or hides every MapLibre layer drawn from one data layer. */
export function setDataLayerVisible(map: MapLibreMap, layer: LayerId, visible: boolean): void {
  const style = DATA_LAYER_STYLES[layer];
  if (!style) return;
  for (const spec of style.layers) {
    if (map.getLayer(spec.id)) map.setLayoutProperty(spec.id, 'visibility', visible ? 'visible' : 'none');
  }
}
