import type { MapGeoJSONFeature, MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { ServiceType, WardProps } from '../data/schema';
import { VISIBLE_FROM_ZOOM } from '../theme/palette';
import type { AreaIndex } from './area-index';
import type { HoverInfo, HoveredArea } from '../state/hover-slice';
import type { AppStoreApi } from './store-handle';
import { attachLongPress, type PressPoint } from './long-press';
import type { MapLayerId } from './zorder';

const HOVER_LAYERS = ['services-circle', 'lsoa-fill', 'boroughs-fill', 'bids-fill', 'parishes-line'] as const satisfies readonly MapLayerId[];
type HoverLayer = (typeof HOVER_LAYERS)[number];
/** Sources whose hovered feature is emphasised through feature-state `hover`. */
const EMPHASISED = { 'services-circle': 'services', 'lsoa-fill': 'lsoa', 'boroughs-fill': 'boroughs' } as const;

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function area(f: MapGeoJSONFeature): HoveredArea {
  const p = f.properties;
  const density = num(p.density);
  return { name: str(p.name), code: str(p.code), population: num(p.population), ...(density === null ? {} : { density }) };
}

/**
 * Builds the hover card's content from the topmost feature of each hoverable layer under the
 * pointer, plus the ward there (found on the main thread, see area-index.ts).
 */
export function describe(features: MapGeoJSONFeature[], x: number, y: number, wardHere?: HoveredArea): HoverInfo | null {
  const first = new Map<string, MapGeoJSONFeature>();
  for (const f of features) if (!first.has(f.layer.id)) first.set(f.layer.id, f);
  if (first.size === 0 && !wardHere) return null;
  const info: HoverInfo = { x, y };
  const get = (id: HoverLayer) => first.get(id);
  const borough = get('boroughs-fill');
  const lsoa = get('lsoa-fill');
  const service = get('services-circle');
  const bid = get('bids-fill');
  const parish = get('parishes-line');
  if (borough) info.borough = area(borough);
  if (wardHere) info.ward = wardHere;
  if (lsoa) info.lsoa = area(lsoa);
  if (service) info.service = { name: service.properties.name ? str(service.properties.name) : null, type: str(service.properties.type) as ServiceType };
  if (bid) info.bid = { name: str(bid.properties.name) };
  if (parish) info.parish = { name: str(parish.properties.name) };
  return info;
}

/**
 * Pointer hover (or a tap or long press on a touch screen): finds what is under the pointer once per animation frame, writes it to the store
 * (the React hover card reads it) and sets feature-state `hover` on the emphasised layers.
 */
export function attachHover(map: MapLibreMap, store: AppStoreApi, wards: AreaIndex<WardProps> | null): () => void {
  let pending: PressPoint | null = null;
  let frame = 0;
  const highlighted = new Map<string, string | number>();

  const setHighlights = (features: MapGeoJSONFeature[]) => {
    const next = new Map<string, string | number>();
    for (const f of features) {
      const source = EMPHASISED[f.layer.id as keyof typeof EMPHASISED];
      if (source && !next.has(source) && f.id !== undefined) next.set(source, f.id);
    }
    for (const [source, id] of highlighted) {
      if (next.get(source) !== id) map.setFeatureState({ source, id }, { hover: false });
    }
    for (const [source, id] of next) map.setFeatureState({ source, id }, { hover: true });
    highlighted.clear();
    for (const [k, v] of next) highlighted.set(k, v);
  };

  const run = () => {
    frame = 0;
    const event = pending;
    pending = null;
    if (!event) return;
    const layers = HOVER_LAYERS.filter((id) => map.getLayer(id) !== undefined);
    const features = map.queryRenderedFeatures([event.point.x, event.point.y], { layers });
    setHighlights(features);
    // Wards are named where their outlines are drawn (switched on, zoomed in far enough).
    const showWards = store.getState().layerVisibility.wards && map.getZoom() >= VISIBLE_FROM_ZOOM.wards;
    const ward = showWards ? wards?.at(event.lngLat.lng, event.lngLat.lat) : undefined;
    const wardHere = ward ? { name: ward.properties.name, code: ward.properties.code, population: ward.properties.population } : undefined;
    store.getState().setHover(describe(features, event.point.x, event.point.y, wardHere));
  };
  // A touch screen has no hover: the card follows taps only. (Browsers also send made-up mouse moves
  // after a tap, e.g. when the card's close button disappears from under the finger, which would
  // bring the card straight back.)
  const noHover = typeof matchMedia === 'function' && matchMedia('(hover: none)').matches;
  const show = (at: PressPoint) => {
    pending = at;
    if (!frame) frame = requestAnimationFrame(run);
  };
  const onMove = (event: MapMouseEvent) => {
    // While a button is held (dragging the map or a vertex) the card would only flicker: skip the query.
    if (event.type === 'mousemove' && (noHover || event.originalEvent.buttons !== 0)) return;
    // On a touch screen a tap names the place only while browsing: in the other modes a tap adds a
    // ward or a corner, and a card after every one would cover the map being drawn on (a long
    // press still shows it).
    if (event.type === 'click' && noHover && store.getState().mode.kind !== 'browse') return;
    show(event);
  };
  // A long press shows the card in every mode, even where a tap adds a ward or a corner.
  const detachLongPress = attachLongPress(map, show);
  const onLeave = () => {
    pending = null;
    setHighlights([]);
    store.getState().setHover(null);
  };
  map.on('mousemove', onMove);
  map.on('click', onMove);
  map.on('mouseout', onLeave);
  return () => {
    detachLongPress();
    map.off('mousemove', onMove);
    map.off('click', onMove);
    map.off('mouseout', onLeave);
    if (frame) cancelAnimationFrame(frame);
  };
}
