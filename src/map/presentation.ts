import type { Map as MapLibreMap } from 'maplibre-gl';
import { presentedProposals } from '../state/present-order';
import { bboxOf } from './bounds';
import { watch, type AppStoreApi } from './store-handle';
import type { MapLayerId } from './zorder';

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type LayoutName = Parameters<MapLibreMap['setLayoutProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];
type LayoutValue = Parameters<MapLibreMap['setLayoutProperty']>[2];
type Property = { kind: 'paint'; name: PaintName; value: PaintValue } | { kind: 'layout'; name: LayoutName; value: LayoutValue };

/**
 * High-contrast styling for a projector: black borough edges, thick proposal outlines, big haloed
 * labels, a white background. One table, applied on entering presentation mode and undone on
 * leaving (the original values are read back from the map, so the editor's style stays the one
 * truth for it).
 */
const HIGH_CONTRAST: Partial<Record<MapLayerId | 'background', Property[]>> = {
  background: [{ kind: 'paint', name: 'background-color', value: '#ffffff' }],
  'boroughs-line': [
    { kind: 'paint', name: 'line-color', value: '#000000' },
    { kind: 'paint', name: 'line-width', value: ['interpolate', ['linear'], ['zoom'], 9, 2, 14, 5] },
  ],
  'wards-line': [
    { kind: 'paint', name: 'line-color', value: '#37474f' },
    { kind: 'paint', name: 'line-width', value: 1.5 },
  ],
  'proposals-fill': [{ kind: 'paint', name: 'fill-opacity', value: ['case', ['get', 'selected'], 0.45, 0.25] }],
  'proposals-line': [{ kind: 'paint', name: 'line-width', value: ['case', ['get', 'selected'], 8, 4] }],
  'proposals-label': [
    { kind: 'layout', name: 'text-size', value: 26 },
    { kind: 'paint', name: 'text-halo-width', value: 3 },
    { kind: 'paint', name: 'text-color', value: '#000000' },
  ],
  'boroughs-label': [
    { kind: 'layout', name: 'text-size', value: ['interpolate', ['linear'], ['zoom'], 9, 15, 13, 24] },
    { kind: 'paint', name: 'text-halo-width', value: 3 },
    { kind: 'paint', name: 'text-color', value: '#000000' },
  ],
  'wards-label': [
    { kind: 'layout', name: 'text-size', value: 16 },
    { kind: 'paint', name: 'text-halo-width', value: 2.5 },
  ],
  'bids-line': [{ kind: 'paint', name: 'line-width', value: 3 }],
  // The density shading competes with the proposals on a projector: keep it, but quieter.
  'lsoa-fill': [{ kind: 'paint', name: 'fill-opacity', value: 0.35 }],
  'parishes-line': [{ kind: 'paint', name: 'line-width', value: 3.5 }],
  // The overlap map is what the meeting is about: heavier outlines, labels readable from the back.
  'overlaps-line': [{ kind: 'paint', name: 'line-width', value: 4 }],
  'overlaps-label': [
    { kind: 'layout', name: 'text-size', value: 22 },
    { kind: 'paint', name: 'text-halo-width', value: 3 },
  ],
  'compare-diff-line': [{ kind: 'paint', name: 'line-width', value: 4 }],
  'compare-diff-label': [
    // Smaller than the overlap labels: the comparison table leaves the map a narrow strip.
    { kind: 'layout', name: 'text-size', value: 17 },
    { kind: 'paint', name: 'text-halo-width', value: 3 },
  ],
};

function read(map: MapLibreMap, id: string, p: Property): PaintValue & LayoutValue {
  // The getters return what the setters took (a style value or expression), typed loosely as unknown.
  return (p.kind === 'paint' ? map.getPaintProperty(id, p.name) : map.getLayoutProperty(id, p.name)) as PaintValue & LayoutValue;
}

function write(map: MapLibreMap, id: string, p: Property, value: Property['value']): void {
  if (p.kind === 'paint') map.setPaintProperty(id, p.name, value as PaintValue);
  else map.setLayoutProperty(id, p.name, value as LayoutValue);
}

/** Applies the table; returns the undo (values as they were). */
function applyHighContrast(map: MapLibreMap): () => void {
  const saved: [string, Property, Property['value']][] = [];
  for (const [id, props] of Object.entries(HIGH_CONTRAST)) {
    if (!map.getLayer(id)) continue;
    for (const p of props ?? []) {
      saved.push([id, p, read(map, id, p)]);
      write(map, id, p, p.value);
    }
  }
  return () => {
    for (const [id, p, value] of saved) if (map.getLayer(id)) write(map, id, p, value);
  };
}

/**
 * Padding (px) when flying to a proposal in presentation mode: clear of the caption column on the
 * left (34% of the width, or the comparison table's 58% while comparing; see
 * src/ui/presentation/presentation.css) and the legend on the right.
 */
export function presentationPadding(width: number, height: number, comparing = false) {
  return {
    left: Math.round(width * (comparing ? 0.58 : 0.34)) + 32,
    right: Math.round(Math.min(width * 0.2, 320)) + 32,
    top: Math.round(height * 0.08),
    bottom: Math.round(height * 0.08),
  };
}

/**
 * Frames what the presentation shows, padded for the caption: every compared proposal together
 * (`all`, on entering while comparing), else the selected one. Only proposals the presentation
 * shows are framed, so the camera never flies to one the map has filtered out.
 */
function frame(map: MapLibreMap, store: AppStoreApi, all: boolean): void {
  const s = store.getState();
  const shown = presentedProposals(s);
  const targets = all && s.comparing ? shown : shown.filter((p) => p.id === s.selectedId);
  if (targets.length === 0) return;
  const box = bboxOf({ type: 'FeatureCollection', features: targets.map((p) => ({ type: 'Feature' as const, properties: {}, geometry: p.geometry })) });
  const canvas = map.getCanvas();
  map.fitBounds(box, { padding: presentationPadding(canvas.clientWidth, canvas.clientHeight, s.comparing), maxZoom: 16, duration: 900 });
}

/**
 * Presentation mode on the map: high-contrast style while presenting, and the camera follows the
 * selected proposal (← / → in the UI change the selection).
 */
export function attachPresentation(map: MapLibreMap, store: AppStoreApi): () => void {
  let undoStyle: (() => void) | null = null;
  let raf = 0;
  // While comparing, the camera frames all compared proposals until ← / → picks one.
  let framingAll = true;
  const stopPresenting = watch(store, (s) => s.presenting, (on, before) => {
    // At start, not presenting: nothing to undo or resize (a resize forces a layout of the page
    // and a new frame while the first view loads).
    if (before === undefined && !on) return;
    if (on && !undoStyle) undoStyle = applyHighContrast(map);
    if (!on && undoStyle) {
      undoStyle();
      undoStyle = null;
    }
    // The sidebar comes and goes with presentation mode: resize to the new container, then frame.
    cancelAnimationFrame(raf);
    framingAll = true;
    raf = requestAnimationFrame(() => {
      map.resize();
      if (on) frame(map, store, framingAll);
    });
  });
  const stopFollowing = watch(store, (s) => s.selectedId, () => {
    if (!store.getState().presenting) return;
    framingAll = false;
    frame(map, store, false);
  });
  // A projector switch or window resize mid-presentation: frame the proposal again for the new size.
  let resizeTimer = 0;
  const onResize = () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      if (store.getState().presenting) frame(map, store, framingAll);
    }, 150);
  };
  map.on('resize', onResize);
  return () => {
    map.off('resize', onResize);
    window.clearTimeout(resizeTimer);
    cancelAnimationFrame(raf);
    stopPresenting();
    stopFollowing();
  };
}
