import type { MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { fetchLayer } from '../../data/load-browser-manifest';
import type { AreaGeometry, LsoaCollection, WardCollection, WardProps } from '../../data/schema';
import type { AreaIndex } from '../area-index';
import type { BuildLayer } from '../../state/proposals-slice';
import type { AppStoreApi } from '../store-handle';
import { toggleCode, unionOfUnits } from './union-units';

/** Small areas are only clickable when zoomed in enough to see them one by one. */
export const BUILD_LSOA_MIN_ZOOM = 13;


type Units = WardCollection | LsoaCollection;

/**
 * "Build from areas": in build mode a click on a ward (or, zoomed in, an LSOA) adds it to the
 * proposal, or removes it if already in; the proposal's shape is the union of its areas, and the
 * store records which codes it was built from.
 */
export function attachBuildFromAreas(
  map: MapLibreMap,
  store: AppStoreApi,
  wards: WardCollection | undefined,
  wardIndex: AreaIndex<WardProps> | null,
): () => void {
  let lsoa: Promise<LsoaCollection> | null = null;
  const units = (layer: BuildLayer): Promise<Units> | null => {
    if (layer === 'wards') return wards ? Promise.resolve(wards) : null;
    lsoa ??= fetchLayer<LsoaCollection>('lsoa');
    return lsoa;
  };

  const onClick = (event: MapMouseEvent) => {
    const state = store.getState();
    const mode = state.mode;
    if (mode.kind !== 'build') return;
    if (mode.layer === 'lsoa' && map.getZoom() < BUILD_LSOA_MIN_ZOOM) {
      state.pushNotice({ tone: 'info', title: 'Zoom in to pick small areas', details: [`Small areas can be picked from zoom ${BUILD_LSOA_MIN_ZOOM}.`] });
      return;
    }
    const code =
      mode.layer === 'wards'
        ? wardIndex?.at(event.lngLat.lng, event.lngLat.lat)?.properties.code
        : map.getLayer('lsoa-fill')
          ? map.queryRenderedFeatures(event.point, { layers: ['lsoa-fill'] })[0]?.properties.code
          : undefined;
    const collection = units(mode.layer);
    if (typeof code !== 'string' || !collection) return;
    void collection.then((all) => {
      const now = store.getState();
      const target = mode.proposalId ? now.proposals.find((p) => p.id === mode.proposalId) : undefined;
      const before = target?.builtFrom?.layer === mode.layer ? target.builtFrom.codes : [];
      const codes = toggleCode(before, code);
      const geometry: AreaGeometry | null = unionOfUnits(all, codes);
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
  return () => map.off('click', onClick);
}
