import { booleanPointInPolygon } from '@turf/turf';
import type { GeoJSONSource, MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Polygon } from 'geojson';
import type { SnapToCustom, TerraDraw } from 'terra-draw';
import type { AreaGeometry, BoroughCollection, LayerId, WardCollection, WardProps } from '../../data/schema';
import type { AreaIndex } from '../area-index';
import type { AppState } from '../../state/store';
import { watch, type AppStoreApi } from '../store-handle';
import { beforeIdFor } from '../zorder';
import { attachBuildFromAreas } from './build-from-areas';
import { createDraw } from './create-draw';
import { addHighlightLayers, applyHighlights, highlightFilters } from './highlights';
import { attachKeyboard } from './keyboard';
import { addProposalsLayer, paintProposals } from './proposals-layer';
import { buildSegmentIndex, ringSegments, snapPoint } from './snap-index';
import { syncDraw } from './sync-draw';
import { nearestVertex, type VertexRef } from './vertex-edit';

/** Snap when the pointer is within this many screen pixels of a ward/borough edge or another proposal. */
const SNAP_TOLERANCE_PX = 12;
const VERTEX_PICK_PX = 10;

/** Small stable ids for geometry objects (the store replaces, never mutates, a proposal's geometry). */
const geometryIds = new WeakMap<object, number>();
let nextGeometryId = 1;
function geometryRef(geometry: object | null): number {
  if (!geometry) return 0;
  let id = geometryIds.get(geometry);
  if (id === undefined) {
    id = nextGeometryId++;
    geometryIds.set(geometry, id);
  }
  return id;
}

export interface DrawingHandle {
  draw: TerraDraw;
  destroy: () => void;
}

/** Other proposals' edges for snapping, rebuilt only when the proposal list changes. */
function otherEdges(store: AppStoreApi) {
  let cachedFor: AppState['proposals'] | null = null;
  let cached: Float64Array = new Float64Array();
  let cachedExcluding: string | null = null;
  return (excludeId: string | null) => {
    const proposals = store.getState().proposals;
    if (proposals !== cachedFor || excludeId !== cachedExcluding) {
      const shapes = proposals.filter((p) => !p.hidden && p.geometry && p.id !== excludeId).map((p) => p.geometry as AreaGeometry);
      cached = ringSegments(shapes);
      cachedFor = proposals;
      cachedExcluding = excludeId;
    }
    return cached;
  };
}

function addSelectedVertexLayer(map: MapLibreMap): void {
  map.addSource('selected-vertex', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer(
    {
      id: 'selected-vertex',
      type: 'circle',
      source: 'selected-vertex',
      paint: { 'circle-radius': 8, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#d50000', 'circle-stroke-width': 3 },
    },
    beforeIdFor('selected-vertex', (id) => map.getLayer(id) !== undefined),
  );
}

/**
 * Drawing and editing proposals on the map (issue 4): terra-draw for shapes, our own layers for
 * finished proposals and highlights, snapping to ward/borough edges and other proposals, build from
 * areas, keyboard. Call after the data layers are on the map.
 */
export function attachDrawing(
  map: MapLibreMap,
  store: AppStoreApi,
  areas: { wards?: WardCollection; boroughs?: BoroughCollection; wardIndex: AreaIndex<WardProps> | null },
  loadLayer: (layer: LayerId) => void,
): DrawingHandle {
  // Built on the first snap, not at start: it is not needed for the first view.
  let edges: ReturnType<typeof buildSegmentIndex> | null = null;
  const others = otherEdges(store);
  let sync: ReturnType<typeof syncDraw> | null = null;
  const snap: SnapToCustom = (event, context) => {
    if (!store.getState().snapping) return undefined;
    const query = { lng: event.lng, lat: event.lat, tolerancePx: SNAP_TOLERANCE_PX, project: context.project, unproject: context.unproject };
    edges ??= buildSegmentIndex([areas.wards, areas.boroughs].filter((c): c is WardCollection | BoroughCollection => c !== undefined));
    return snapPoint(edges, query, others(sync?.editingId() ?? null));
  };

  addProposalsLayer(map);
  addHighlightLayers(map);
  addSelectedVertexLayer(map);
  // terra-draw's events do not say whether a finger or a mouse made them (the closing rules differ),
  // nor when: a click is handled on its pointerup, whose timeStamp is when the finger lifted.
  let pointerType = 'mouse';
  let pointerUpAt = 0;
  const onPointerType = (event: PointerEvent) => {
    pointerType = event.pointerType;
  };
  const onPointerUpTime = (event: PointerEvent) => {
    pointerUpAt = event.timeStamp;
  };
  map.getCanvasContainer().addEventListener('pointerdown', onPointerType, true);
  map.getCanvasContainer().addEventListener('pointerup', onPointerUpTime, true);
  const { draw, polygon } = createDraw(map, snap, {
    isTouch: () => pointerType === 'touch',
    clickTime: () => pointerUpAt,
    onCornersChange: (corners) => store.getState().setDrawCorners(corners),
  });
  sync = syncDraw(map, draw, store);

  let vertex: VertexRef | null = null;
  let vertexKey = '';
  /** Where the selected vertex was when the button went down, while it is down (null otherwise). */
  let pressedAtKey: string | null = null;
  const paintVertex = () => {
    const s = store.getState();
    const p = s.mode.kind === 'edit' ? s.proposals.find((q) => q.id === sync?.editingId()) : undefined;
    const at = vertex && p?.geometry?.type === 'Polygon' ? p.geometry.coordinates[vertex.ring]?.[vertex.index] : undefined;
    // While the vertex is dragged the ring is hidden (terra-draw draws the moving corner itself):
    // following it would setData a source on every move, one more re-tile per frame.
    const position = pressedAtKey !== null && JSON.stringify(at ?? null) !== pressedAtKey ? undefined : at;
    const key = JSON.stringify(position ?? null);
    if (key === vertexKey) return;
    vertexKey = key;
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: position ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: position } }] : [],
    };
    void map.getSource<GeoJSONSource>('selected-vertex')?.setData(data);
  };
  const clearVertex = () => {
    vertex = null;
    paintVertex();
  };

  // Repaint proposals and highlights only when what they show changes: not on hover updates, and
  // not on every drag move of the proposal terra-draw is editing (it draws that one itself), since
  // each setData re-tiles a source in MapLibre's worker.
  let last: unknown[] = [];
  let shownKey = '';
  let filtersKey = '';
  const lit: Parameters<typeof applyHighlights>[2] = new Map();
  const repaint = (s: AppState) => {
    const next = [s.proposals, s.selectedId, s.mode, s.results];
    if (next.every((v, i) => v === last[i])) return;
    last = next;
    const editingId = sync?.editingId() ?? null;
    const key = JSON.stringify([
      s.selectedId,
      editingId,
      s.proposals.map((p) => (p.id === editingId || p.hidden ? p.id : [p.id, p.name, p.colour, geometryRef(p.geometry)])),
    ]);
    if (key !== shownKey) {
      shownKey = key;
      paintProposals(map, s.proposals, s.selectedId, editingId);
    }
    const highlights = highlightFilters(s);
    highlights.needs.forEach(loadLayer);
    const fKey = JSON.stringify(highlights.filters);
    applyHighlights(map, highlights, lit, fKey !== filtersKey);
    filtersKey = fKey;
    if (s.mode.kind !== 'edit') vertex = null;
    paintVertex();
  };
  repaint(store.getState());
  const unsubscribe = store.subscribe(repaint);

  // Browse or edit mode: a click on a proposal selects it and opens it for editing. Not the click
  // that finished a drawing (the mode was 'draw' when the button went down), nor a click inside the
  // shape being edited (that starts a drag of it, even where it overlaps another proposal).
  let pressedIn: AppState['mode']['kind'] = 'browse';
  const onProposalClick = (event: MapMouseEvent) => {
    const s = store.getState();
    if ((s.mode.kind !== 'browse' && s.mode.kind !== 'edit') || (pressedIn !== 'browse' && pressedIn !== 'edit')) return;
    const editing = s.proposals.find((q) => q.id === sync?.editingId());
    if (editing?.geometry && booleanPointInPolygon([event.lngLat.lng, event.lngLat.lat], editing.geometry)) return;
    const [hit] = map.queryRenderedFeatures(event.point, { layers: ['proposals-fill'] });
    const id = hit?.properties.id;
    if (typeof id !== 'string') return;
    s.selectProposal(id);
    s.setMode({ kind: 'edit', proposalId: id });
  };
  // Edit mode: pressing on a vertex selects it (Delete then removes it).
  const onPress = (event: MapMouseEvent) => {
    const s = store.getState();
    pressedIn = s.mode.kind;
    const p = s.mode.kind === 'edit' ? s.proposals.find((q) => q.id === sync?.editingId()) : undefined;
    vertex =
      p?.geometry?.type === 'Polygon'
        ? nearestVertex(p.geometry as Polygon, event.point, ([lng = 0, lat = 0]) => map.project([lng, lat]), VERTEX_PICK_PX)
        : null;
    pressedAtKey = null;
    paintVertex();
    pressedAtKey = vertexKey;
  };
  // The drag is over: show the ring at the vertex's final place.
  const onRelease = () => {
    if (pressedAtKey === null) return;
    pressedAtKey = null;
    paintVertex();
  };
  map.on('click', onProposalClick);
  map.on('mousedown', onPress);
  window.addEventListener('pointerup', onRelease);
  window.addEventListener('pointercancel', onRelease);

  const cleanups = [
    unsubscribe,
    () => map.getCanvasContainer().removeEventListener('pointerdown', onPointerType, true),
    () => map.getCanvasContainer().removeEventListener('pointerup', onPointerUpTime, true),
    // The Finish button (phone top bar) finishes the polygon being drawn, as Enter does.
    watch(store, (s) => s.finishDrawRequest, (request, before) => {
      if (before !== undefined && request !== before && draw.getMode() === polygon.mode) polygon.finish();
    }),
    () => map.off('click', onProposalClick),
    () => map.off('mousedown', onPress),
    () => window.removeEventListener('pointerup', onRelease),
    () => window.removeEventListener('pointercancel', onRelease),
    attachKeyboard(store, () => vertex, clearVertex),
    attachBuildFromAreas(map, store, areas.wards, areas.wardIndex),
    () => sync?.destroy(),
    () => draw.stop(),
  ];
  return { draw, destroy: () => cleanups.forEach((fn) => fn()) };
}
