import { Map as MapLibreMap, prewarm, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import type { TerraDraw } from 'terra-draw';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { presentLayer } from '../data/load-browser-manifest';
import type { AreaGeometry, BoroughCollection, LayerId, LondonCollection, Manifest, WardCollection } from '../data/schema';
import { LAYER_IDS } from '../data/schema';
import { addDataLayers, addLabels, loadDeferredLayer, loadDeferredLayers, setDataLayerVisible, type DeferredLoads } from './add-data-layers';
import { firstViewGate, firstViewReady } from './first-view-gate';
import { CHECK_STYLE_EDITS, StyleCheckedMap } from './style-checked-map';
import { holdCanvas, revealCanvasWhen } from './first-frame';
import { buildAreaIndex } from './area-index';
import { setBasemap } from './basemap';
import { LONDON_APPROX_BOUNDS, bboxOf } from './bounds';
import { fitPadding } from './camera-padding';
import { attachDrawing } from './draw/attach-drawing';
import { fitProposals, followFitRequests } from './fit-requests';
import { initialShare } from '../io/initial-share';
import { paintProposals } from './draw/proposals-layer';
import type { Proposal } from '../state/proposals-slice';
import { followSelection } from './follow-selection';
import { syncReferenceLayers } from './reference-layers';
import { captureFramed } from './capture-png';
import { registerMapCapture } from '../state/map-capture';
import { attachHover } from './hover';
import { attachServiceFilter } from './layers/services-filter';
import { labelPoints } from './label-points';
import { preloadMapData } from './preload-map-data';
import { attachCompareView } from './compare-view';
import { attachPresentation } from './presentation';
import { attachOverlapLayer } from './overlap-layer';
import { watch, type AppStoreApi } from './store-handle';
import { markWhenPainted } from './paint-marks';
import { markOnce } from '../perf/marks';

// Bundling breaks MapLibre's own worker path; without this the map never fires `load`.
setWorkerUrl(workerUrl);
// Start MapLibre's worker (520 kB to fetch and parse) now, at module load, while the manifest is
// fetched and React renders, rather than when the map is created.
prewarm();

/**
 * Our offline base style: a plain background only. No `glyphs` URL on purpose (labels are drawn
 * from local fonts, see layers/types.ts) and no remote sources; the data layers are added on load.
 */
const BASE_STYLE: StyleSpecification = {
  version: 8,
  name: 'London District Mapper (offline)',
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }],
};

export interface MapHandle {
  map: MapLibreMap;
  /** terra-draw, once the map has loaded (for the browser tests). */
  draw: () => TerraDraw | null;
  /**
   * Resolves when every layer shown at start has loaded and the map has rendered it: after the first
   * view (boroughs and proposals), the deferred layers that are shown, then the first `idle`.
   */
  ready: Promise<void>;
  destroy: () => void;
}

/** The proposals of the share link the page opened with that have a shape (none without one, or when it cannot be read). */
async function sharedProposals(): Promise<Proposal[]> {
  const decoded = await initialShare?.catch(() => null);
  return decoded?.proposals.filter((p) => p.geometry !== null) ?? [];
}

/** Resolves at the first `idle` once every listed source has loaded (a setData may not have started yet at the first). */
function idleWith(map: MapLibreMap, sources: readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (sources.every((id) => !map.getSource(id) || map.isSourceLoaded(id))) resolve();
      else map.once('idle', check);
    };
    map.once('idle', check);
    map.triggerRepaint();
  });
}

/** Creates the map in `container`, adds every present data layer once and keeps it in step with the store. */
export function createMap(container: HTMLElement, manifest: Manifest, store: AppStoreApi): MapHandle {
  const map = new StyleCheckedMap({
    container,
    style: BASE_STYLE,
    bounds: LONDON_APPROX_BOUNDS,
    fitBoundsOptions: { padding: 24 },
    // Compact: the full credits of every layer are listed in the layer panel (DataSources), so the
    // map's long attribution line never covers the map or the panel.
    attributionControl: { compact: true },
    dragRotate: false,
    pitchWithRotate: false,
    // No label fade-in: each fade is ~300 ms of extra frames, which a software renderer (and a
    // vertex drag) pays for.
    fadeDuration: 0,
    // The base style is checked at run time only where style edits are (style-checked-map.ts).
    validateStyle: CHECK_STYLE_EDITS,
  });
  map.touchZoomRotate.disableRotation();
  const hasBoroughs = presentLayer(manifest, 'boroughs') !== null;
  let drewShared: (drawn: boolean) => void = () => undefined;
  const sharedDrawn = new Promise<boolean>((resolve) => (drewShared = resolve));
  holdCanvas(map);
  revealCanvasWhen(map, firstViewReady(store, hasBoroughs, sharedDrawn));
  const cleanups: (() => void)[] = [];
  // React StrictMode mounts, unmounts and remounts in development: a removed map must not be touched.
  let destroyed = false;
  let draw: TerraDraw | null = null;
  // performance marks let the browser tests break the cold start down (style load, layers added, idle).
  const loaded = new Promise<void>((resolve) =>
    map.once('load', () => {
      markOnce('map-load');
      resolve();
    }),
  );

  const ready = Promise.all([loaded, preloadMapData(manifest), sharedProposals()]).then(([, preloaded, shared]) => {
    if (destroyed) return undefined;
    // Frame before any data layer exists, so its tiles are cut once, for the camera they are seen at.
    if (shared.length > 0) fitProposals(map, shared.map((p) => p.geometry as AreaGeometry), 0);
    else if (preloaded.london) map.fitBounds(bboxOf(preloaded.london as LondonCollection), { padding: fitPadding(container), duration: 0 });
    const visibility = store.getState().layerVisibility;
    addDataLayers(map, manifest, preloaded, (layer) => visibility[layer]);
    if (hasBoroughs) markWhenPainted(map, 'boroughs', 'boroughs-painted');
    const wards = preloaded.wards as WardCollection | undefined;
    const wardIndex = wards ? buildAreaIndex(wards) : null;
    const deferred = new Set<LayerId>();
    const services = attachServiceFilter(map, store, () => deferred.has('services'));
    const loads: DeferredLoads = { started: deferred, preloaded, loaders: { services: services.load } };
    // Nothing heavy loads before the first view is on screen (first-view-gate.ts); requests made
    // before then (a layer switched on, LSOAs to highlight) are served when the gate opens.
    let gateOpen = false;
    const wanted = new Set<LayerId>();
    const loadDeferred = () => (gateOpen ? loadDeferredLayers(map, (layer) => store.getState().layerVisibility[layer], loads) : []);
    const loadNow = (layer: LayerId) => (gateOpen ? loadDeferredLayer(map, layer, loads) : wanted.add(layer));
    map.on('zoomend', loadDeferred);
    cleanups.push(
      () => map.off('zoomend', loadDeferred),
      watch(store, (s) => s.layerVisibility, (now, before) => {
        for (const layer of LAYER_IDS) if (now[layer] !== before?.[layer]) setDataLayerVisible(map, layer, now[layer]);
        loadDeferred();
      }),
      watch(store, (s) => s.basemapOn, (on, before) => {
        if (before !== undefined || on) void setBasemap(map, on).catch((error: unknown) => console.warn('Basemap unavailable:', error));
      }),
      attachHover(map, store, wardIndex),
      services.destroy,
    );
    const drawing = attachDrawing(
      map,
      store,
      {
        ...(wards ? { wards } : {}),
        ...(preloaded.boroughs ? { boroughs: preloaded.boroughs as BoroughCollection } : {}),
        wardIndex,
      },
      loadNow,
    );
    draw = drawing.draw;
    // A share link's proposals are drawn from the link itself while saved work is read back
    // (IndexedDB: ~1 s on a throttled phone); the store's own paint, the same shapes and more,
    // replaces this once the link has been opened (src/state/start-services.ts).
    const first = shared[0];
    const drawShared = first !== undefined && store.getState().proposals.length === 0;
    if (drawShared) paintProposals(map, shared, first.id, null);
    drewShared(drawShared);
    cleanups.push(drawing.destroy, followSelection(map, store), followFitRequests(map, store), syncReferenceLayers(map, store), attachPresentation(map, store), attachOverlapLayer(map, store), attachCompareView(map, store));
    registerMapCapture((options) => captureFramed(map, store, options));
    cleanups.push(() => registerMapCapture(null));
    return firstViewGate(store, hasBoroughs).then(async () => {
      if (destroyed) return;
      gateOpen = true;
      if (wards) addLabels(map, 'wards', labelPoints(wards), store.getState().layerVisibility.wards);
      loadDeferred();
      wanted.forEach((layer) => loadDeferredLayer(map, layer, loads));
      await idleWith(map, [...deferred]);
      markOnce('map-idle');
      // Fold the compact attribution to its ⓘ button once the layers (and their credits) are in:
      // MapLibre shows it open until the first drag; the layer panel lists every credit in full.
      container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    });
  });

  return {
    map,
    draw: () => draw,
    ready,
    destroy: () => {
      destroyed = true;
      cleanups.forEach((fn) => fn());
      map.remove();
    },
  };
}
