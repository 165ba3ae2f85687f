import type { MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { WardCollection, WardProps } from '../../data/schema';
import type { AreaIndex } from '../area-index';
import { watch, type AppStoreApi } from '../store-handle';
import { attachBuildHover, BUILD_LSOA_MIN_ZOOM, buildTargetAt } from './build-hover';
import { buildUnits } from './build-units';
import { toggleBuildUnit } from './build-toggle';
import { showBuiltProposal } from './show-built';

export { BUILD_LSOA_MIN_ZOOM } from './build-hover';

/**
 * "Build from areas": in build mode a click on a ward (or, zoomed in, an LSOA) adds it to the
 * proposal, or removes it if already in; the proposal's shape is the union of its areas, and the
 * store records which codes it was built from. The unit is the one exactly under the pointer
 * (point in polygon on the main thread, see area-index.ts), the same one the hover highlight showed.
 * A ward chosen in the keyboard ward list arrives as a store request and runs the same toggle; the
 * camera then eases to the built proposal if it is not readable on screen (show-built.ts).
 */
export function attachBuildFromAreas(
  map: MapLibreMap,
  store: AppStoreApi,
  wards: WardCollection | undefined,
  wardIndex: AreaIndex<WardProps> | null,
): () => void {
  const units = buildUnits(wards, wardIndex);
  const detachHover = attachBuildHover(map, store, units);

  const onClick = (event: MapMouseEvent) => {
    const state = store.getState();
    const mode = state.mode;
    if (mode.kind !== 'build') return;
    if (mode.layer === 'lsoa' && map.getZoom() < BUILD_LSOA_MIN_ZOOM) {
      state.pushNotice({ tone: 'info', title: 'Zoom in to pick small areas', details: [`Small areas can be picked from zoom ${BUILD_LSOA_MIN_ZOOM}.`] });
      return;
    }
    const { lng, lat } = event.lngLat;
    const zoom = map.getZoom();
    void units.load(mode.layer)?.then((set) => {
      const hit = buildTargetAt(store.getState(), units, zoom, lng, lat);
      if (hit) toggleBuildUnit(store, mode.layer, set, hit.unit.properties.code);
    });
  };
  // The keyboard ward list (src/ui/WardPicker.tsx) asks through the store; served by the same toggle.
  const unwatchRequests = watch(store, (s) => s.buildRequest, (request, before) => {
    if (!request || before === undefined) return;
    void units.load(request.layer)?.then((set) => {
      toggleBuildUnit(store, request.layer, set, request.code);
      // A ward picked by name may be off screen or under a panel: show what was built. Measured two
      // frames later, once React has laid out what the toggle changed (the list's rows, the peek).
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const now = store.getState();
          const id = now.mode.kind === 'build' ? now.mode.proposalId : null;
          const geometry = now.proposals.find((p) => p.id === id)?.geometry;
          if (geometry) showBuiltProposal(map, geometry);
        }),
      );
    });
  });
  if (wards) {
    store.getState().setWardChoices(
      wards.features
        .map((f) => ({ code: f.properties.code, name: f.properties.name, borough: f.properties.boroughName }))
        .sort((a, b) => a.name.localeCompare(b.name) || a.borough.localeCompare(b.borough)),
    );
  }
  map.on('click', onClick);
  return () => {
    unwatchRequests();
    map.off('click', onClick);
    detachHover();
  };
}
