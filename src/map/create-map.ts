import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import type { TerraDraw } from 'terra-draw';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { fetchLayer, presentLayer } from '../data/load-browser-manifest';
import type { BoroughCollection, LayerId, LondonCollection, Manifest, WardCollection } from '../data/schema';
import { LAYER_IDS } from '../data/schema';
import { addDataLayers, loadDeferredLayer, loadDeferredLayers, setDataLayerVisible, type Preloaded } from './add-data-layers';
import { buildAreaIndex } from './area-index';
import { setBasemap } from './basemap';
import { LONDON_APPROX_BOUNDS, bboxOf } from './bounds';
import { fitPadding } from './camera-padding';
import { attachDrawing } from './draw/attach-drawing';
import { followFitRequests } from './fit-requests';
import { followSelection } from './follow-selection';
import { syncReferenceLayers } from './reference-layers';
import { captureFramed } from './capture-png';
import { registerMapCapture } from '../state/map-capture';
import { attachHover } from './hover';
import { attachServiceFilter } from './layers/services-filter';
import { labelPoints } from './label-points';
import { attachCompareView } from './compare-view';
import { attachPresentation } from './presentation';
import { watch, type AppStoreApi } from './store-handle';

// Bundling breaks MapLibre's own worker path; without this the map never fires `load`.
setWorkerUrl(workerUrl);

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
  /** Resolves when every present layer has loaded and the map has rendered it (first `idle`). */
  ready: Promise<void>;
  destroy: () => void;
}

/** Small layers fetched on the main thread: London for the exact fit, boroughs/wards for label points. */
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
  if (wards) Object.assign(out, { wards, 'wards-labels': labelPoints(wards) });
  return out;
}

/** Creates the map in `container`, adds every present data layer once and keeps it in step with the store. */
export function createMap(container: HTMLElement, manifest: Manifest, store: AppStoreApi): MapHandle {
  const map = new MapLibreMap({
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
  });
  map.touchZoomRotate.disableRotation();
  const cleanups: (() => void)[] = [];
  // React StrictMode mounts, unmounts and remounts in development: a removed map must not be touched.
  let destroyed = false;
  let draw: TerraDraw | null = null;
  // performance marks let the browser tests break the cold start down (style load, layers added, idle).
  const loaded = new Promise<void>((resolve) =>
    map.once('load', () => {
      performance.mark('ldm:map-load');
      resolve();
    }),
  );

  const ready = Promise.all([loaded, preload(manifest)]).then(([, preloaded]) => {
    if (destroyed) return undefined;
    const visibility = store.getState().layerVisibility;
    performance.mark('ldm:preloaded');
    addDataLayers(map, manifest, preloaded, (layer) => visibility[layer]);
    if (preloaded.london) map.fitBounds(bboxOf(preloaded.london as LondonCollection), { padding: fitPadding(container), duration: 0 });
    const wards = preloaded.wards as WardCollection | undefined;
    const wardIndex = wards ? buildAreaIndex(wards) : null;
    const deferred = new Set<LayerId>();
    const loadDeferred = () => loadDeferredLayers(map, (layer) => store.getState().layerVisibility[layer], deferred, preloaded);
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
      attachServiceFilter(map, store),
    );
    const drawing = attachDrawing(
      map,
      store,
      {
        ...(wards ? { wards } : {}),
        ...(preloaded.boroughs ? { boroughs: preloaded.boroughs as BoroughCollection } : {}),
        wardIndex,
      },
      (layer) => loadDeferredLayer(map, layer, deferred, preloaded),
    );
    draw = drawing.draw;
    cleanups.push(drawing.destroy, followSelection(map, store), followFitRequests(map, store), syncReferenceLayers(map, store), attachPresentation(map, store), attachCompareView(map, store));
    registerMapCapture((options) => captureFramed(map, store, options));
    cleanups.push(() => registerMapCapture(null));
    return new Promise<void>((resolve) =>
      map.once('idle', () => {
        performance.mark('ldm:map-idle');
        // Fold the compact attribution to its ⓘ button once the layers (and their credits) are in:
        // MapLibre shows it open until the first drag; the layer panel lists every credit in full.
        container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
        resolve();
      }),
    );
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
