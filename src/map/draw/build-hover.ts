import type { FilterSpecification, GeoJSONSource, MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AppState } from '../../state/store';
import { EDGE_DRAWN_BY_LINE, type MapLayerSpec } from '../layers/types';
import type { AppStoreApi } from '../store-handle';
import { beforeIdFor } from '../zorder';
import type { BuildUnits, UnitAt } from './build-units';

export const BUILD_HOVER_SOURCE = 'build-hover';
/** Small areas are only clickable when zoomed in enough to see them one by one. */
export const BUILD_LSOA_MIN_ZOOM = 13;

export type BuildAction = 'add' | 'remove';
const ADD_COLOUR = '#00838f';
const REMOVE_COLOUR = '#c62828';
const isRemove: FilterSpecification = ['==', ['get', 'action'], 'remove'];

const LAYERS: MapLayerSpec[] = [
  {
    id: 'build-hover-fill',
    type: 'fill',
    source: BUILD_HOVER_SOURCE,
    paint: { ...EDGE_DRAWN_BY_LINE, 'fill-color': ['case', isRemove, REMOVE_COLOUR, ADD_COLOUR], 'fill-opacity': ['case', isRemove, 0.18, 0.35] },
  },
  // Colour is never the only cue (issue 10.4): "add" is a thick solid outline, "remove" a thinner
  // dashed one, and the toolbar hint and hover card say "Click to add / remove ‹ward›".
  {
    id: 'build-hover-line',
    type: 'line',
    source: BUILD_HOVER_SOURCE,
    filter: ['!', isRemove],
    paint: { 'line-color': ADD_COLOUR, 'line-width': 4 },
  },
  {
    id: 'build-hover-line-remove',
    type: 'line',
    source: BUILD_HOVER_SOURCE,
    filter: isRemove,
    paint: { 'line-color': REMOVE_COLOUR, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
  },
];

/** What a click at this point would do in build mode: the unit exactly under it, and add or remove. */
export function buildTargetAt(state: AppState, units: BuildUnits, zoom: number, lng: number, lat: number): { unit: UnitAt; action: BuildAction } | null {
  const mode = state.mode;
  if (mode.kind !== 'build') return null;
  if (mode.layer === 'lsoa' && zoom < BUILD_LSOA_MIN_ZOOM) return null;
  const unit = units.now(mode.layer)?.index.at(lng, lat);
  if (!unit) return null;
  const target = mode.proposalId ? state.proposals.find((p) => p.id === mode.proposalId) : undefined;
  const codes = target?.builtFrom?.layer === mode.layer ? target.builtFrom.codes : [];
  return { unit, action: codes.includes(unit.properties.code) ? 'remove' : 'add' };
}

/**
 * Build mode: highlights the ward (or, zoomed in, the small area) under the pointer before the
 * click: teal with a thick solid outline where a click adds it, red (paler fill, dashed outline) where
 * a click removes it, and the same in words through the store's build hover cue. Its own one-feature
 * source, re-set only when the unit or the action changes.
 */
export function attachBuildHover(map: MapLibreMap, store: AppStoreApi, units: BuildUnits): () => void {
  map.addSource(BUILD_HOVER_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  for (const spec of LAYERS) map.addLayer(spec, beforeIdFor(spec.id, (id) => map.getLayer(id) !== undefined));

  let pointer: { lng: number; lat: number } | null = null;
  let shownKey = '';
  let frame = 0;
  const paint = () => {
    frame = 0;
    const state = store.getState();
    const mode = state.mode;
    if (mode.kind === 'build' && !units.now(mode.layer)) {
      // Small areas load on first use; highlight as soon as they arrive.
      void units.load(mode.layer)?.then(() => schedule());
    }
    const hit = pointer ? buildTargetAt(state, units, map.getZoom(), pointer.lng, pointer.lat) : null;
    const key = hit ? `${hit.unit.properties.code}:${hit.action}` : '';
    if (key === shownKey) return;
    shownKey = key;
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: hit
        ? [{ type: 'Feature', geometry: hit.unit.geometry, properties: { code: hit.unit.properties.code, name: hit.unit.properties.name, action: hit.action } }]
        : [],
    };
    void map.getSource<GeoJSONSource>(BUILD_HOVER_SOURCE)?.setData(data);
    state.setBuildHoverCue(hit ? { name: hit.unit.properties.name, action: hit.action } : null);
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(paint);
  };
  const onMove = (event: MapMouseEvent) => {
    // While a button is held the map is being panned: keep the highlight where it was.
    if (event.originalEvent.buttons !== 0) return;
    pointer = { lng: event.lngLat.lng, lat: event.lngLat.lat };
    if (store.getState().mode.kind === 'build') schedule();
  };
  const onLeave = () => {
    pointer = null;
    schedule();
  };
  // A click toggles the unit (add ↔ remove) and a mode change switches the highlight on or off.
  const unsubscribe = store.subscribe((s, before) => {
    if (s.mode !== before.mode || s.proposals !== before.proposals) schedule();
  });
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('zoomend', schedule);
  return () => {
    unsubscribe();
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('zoomend', schedule);
    if (frame) cancelAnimationFrame(frame);
  };
}
