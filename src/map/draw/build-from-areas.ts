import type { MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { AreaGeometry, WardCollection, WardProps } from '../../data/schema';
import type { AreaIndex } from '../area-index';
import type { AppStoreApi } from '../store-handle';
import { attachBuildHover, BUILD_LSOA_MIN_ZOOM, buildTargetAt } from './build-hover';
import { buildUnits } from './build-units';
import { toggleCode, unionOfUnits } from './union-units';

export { BUILD_LSOA_MIN_ZOOM } from './build-hover';

/**
 * "Build from areas": in build mode a click on a ward (or, zoomed in, an LSOA) adds it to the
 * proposal, or removes it if already in; the proposal's shape is the union of its areas, and the
 * store records which codes it was built from. The unit is the one exactly under the pointer
 * (point in polygon on the main thread, see area-index.ts), the same one the hover highlight showed.
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
      const now = store.getState();
      const current = now.mode;
      // Re-read the mode: an earlier click may have created the proposal meanwhile.
      if (current.kind !== 'build' || current.layer !== mode.layer) return;
      const hit = buildTargetAt(now, units, zoom, lng, lat);
      if (!hit) return;
      const code = hit.unit.properties.code;
      const target = current.proposalId ? now.proposals.find((p) => p.id === current.proposalId) : undefined;
      const before = target?.builtFrom?.layer === mode.layer ? target.builtFrom.codes : [];
      const codes = toggleCode(before, code);
      const geometry: AreaGeometry | null = unionOfUnits(set.collection, codes);
      const builtFrom = { layer: mode.layer, codes };
      if (target) {
        now.updateProposalGeometry(target.id, geometry, builtFrom);
        if (now.selectedId !== target.id) now.selectProposal(target.id);
      } else {
        const id = now.addProposal(geometry, { builtFrom });
        now.setMode({ kind: 'build', layer: mode.layer, proposalId: id });
      }
    });
  };
  map.on('click', onClick);
  return () => {
    map.off('click', onClick);
    detachHover();
  };
}
