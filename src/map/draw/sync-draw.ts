import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Polygon } from 'geojson';
import type { TerraDraw } from 'terra-draw';
import type { AreaGeometry } from '../../data/schema';
import type { Mode } from '../../state/mode-slice';
import type { Proposal } from '../../state/proposals-slice';
import { watch, type AppStoreApi } from '../store-handle';
import { TD_MODES } from './create-draw';
import { roundPolygon } from './vertex-edit';

/** terra-draw was configured with 7 decimal places (≈ 1 cm): anything finer is rounded before it gets a shape. */
const DECIMALS = 7;
const DRAW_TOOLS = new Set<string>([TD_MODES.polygon, TD_MODES.freehand, TD_MODES.rectangle]);

const keyOf = (g: AreaGeometry | null | undefined) => (g ? JSON.stringify(g.coordinates) : '');

export interface DrawSync {
  /** Id of the proposal terra-draw is editing now, if any. */
  editingId: () => string | null;
  destroy: () => void;
}

/**
 * Keeps terra-draw and the store in step; the store is the source of truth.
 * - store mode → terra-draw mode (and the one proposal being edited is put into terra-draw);
 * - a finished drawing → `addProposal`, then edit mode on it;
 * - a vertex/feature drag → `updateProposalGeometry` on every change (results update while dragging);
 * - an undo/redo or other store change to the edited shape → re-shown in terra-draw.
 */
export function syncDraw(map: MapLibreMap, draw: TerraDraw, store: AppStoreApi): DrawSync {
  let editing: string | null = null;
  let lastKey = '';
  let quiet = 0;
  const silently = (fn: () => void) => {
    quiet += 1;
    try {
      fn();
    } finally {
      quiet -= 1;
    }
  };
  const st = () => store.getState();
  // A drag is one gesture from button down to button up: all its edits are one undo step.
  let gestures = 0;
  let gesture: string | null = null;
  const onPointerDown = () => {
    gestures += 1;
    gesture = `drag-${gestures}`;
  };
  // On window, after terra-draw's own pointerup (on the map) has sent the drag's last change.
  const onPointerUp = () => {
    gesture = null;
  };
  map.getCanvasContainer().addEventListener('pointerdown', onPointerDown, true);
  window.addEventListener('pointerup', onPointerUp);
  window.addEventListener('pointercancel', onPointerUp);

  const showInDraw = (p: Proposal & { geometry: Polygon }) =>
    silently(() => {
      draw.clear();
      const feature = { id: p.id, type: 'Feature' as const, geometry: roundPolygon(p.geometry, DECIMALS), properties: { mode: 'polygon', colour: p.colour } };
      const [check] = draw.addFeatures([feature]);
      if (check && !check.valid) throw new Error(`This shape cannot be edited: ${check.reason ?? 'invalid polygon'}`);
      draw.selectFeature(p.id);
      lastKey = keyOf(p.geometry);
    });

  const applyMode = (mode: Mode) => {
    editing = null;
    if (mode.kind === 'edit') {
      const p = st().proposals.find((q) => q.id === mode.proposalId);
      if (!p || p.hidden || p.geometry?.type !== 'Polygon') {
        if (p?.geometry?.type === 'MultiPolygon') {
          st().pushNotice({ tone: 'info', title: 'This proposal has several separate parts', details: ['Vertex editing works on single-part shapes. Build it from areas, or draw it again as one shape.'] });
        }
        st().setMode({ kind: 'browse' });
        return;
      }
      silently(() => draw.setMode(TD_MODES.select));
      editing = p.id;
      try {
        showInDraw(p as Proposal & { geometry: Polygon });
      } catch (error) {
        editing = null;
        st().pushNotice({ tone: 'warning', title: 'Cannot edit this shape', details: [String(error)] });
        st().setMode({ kind: 'browse' });
        return;
      }
      if (st().selectedId !== p.id) st().selectProposal(p.id);
      map.getCanvas().focus();
      return;
    }
    silently(() => {
      draw.clear();
      draw.setMode(mode.kind === 'draw' ? TD_MODES[mode.tool] : TD_MODES.idle);
    });
    // Keys (Enter to finish, Escape to cancel) go to the map canvas, where terra-draw listens.
    if (mode.kind === 'draw') map.getCanvas().focus();
  };

  const onFinish = (id: string | number, context: { mode: string }) => {
    if (quiet || !DRAW_TOOLS.has(context.mode)) return;
    const feature = draw.getSnapshotFeature(id);
    if (feature?.geometry.type !== 'Polygon') return;
    const geometry = feature.geometry;
    // Let terra-draw finish its own bookkeeping before the shape moves to the store.
    queueMicrotask(() => {
      silently(() => draw.removeFeatures([id]));
      const proposalId = st().addProposal(geometry);
      st().setMode({ kind: 'edit', proposalId });
    });
  };

  const onChange = (ids: (string | number)[], type: string, context?: { origin?: 'api'; target?: 'geometry' | 'properties' }) => {
    if (quiet || !editing || type !== 'update' || !ids.includes(editing)) return;
    if (context?.origin === 'api' || context?.target === 'properties') return;
    const feature = draw.getSnapshotFeature(editing);
    if (feature?.geometry.type !== 'Polygon') return;
    const key = keyOf(feature.geometry);
    if (key === lastKey) return;
    lastKey = key;
    st().updateProposalGeometry(editing, feature.geometry, undefined, gesture ?? undefined);
  };

  const onDeselect = (id: string | number) => {
    if (!quiet && id === editing) st().setMode({ kind: 'browse' });
  };

  draw.on('finish', onFinish);
  draw.on('change', onChange);
  draw.on('deselect', onDeselect);

  const unwatch = [
    watch(store, (s) => s.mode, (mode) => applyMode(mode)),
    watch(store, (s) => s.proposals, () => {
      if (!editing) return;
      const p = st().proposals.find((q) => q.id === editing);
      if (!p || p.hidden || p.geometry?.type !== 'Polygon') {
        st().setMode({ kind: 'browse' });
        return;
      }
      // A change that did not come from terra-draw (undo, redo, vertex delete): show it there.
      if (keyOf(p.geometry) !== lastKey) showInDraw(p as Proposal & { geometry: Polygon });
    }),
    watch(store, (s) => s.selectedId, (selectedId) => {
      const mode = st().mode;
      if (mode.kind !== 'edit' || selectedId === mode.proposalId) return;
      st().setMode(selectedId ? { kind: 'edit', proposalId: selectedId } : { kind: 'browse' });
    }),
  ];

  return {
    editingId: () => editing,
    destroy: () => {
      unwatch.forEach((fn) => fn());
      map.getCanvasContainer().removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('pointerup', onPointerUp);
      window.removeEventListener('pointercancel', onPointerUp);
      draw.off('finish', onFinish);
      draw.off('change', onChange);
      draw.off('deselect', onDeselect);
    },
  };
}
