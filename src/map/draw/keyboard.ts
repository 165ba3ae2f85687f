import type { Polygon } from 'geojson';
import type { AppStoreApi } from '../store-handle';
import { removeVertex, type VertexRef } from './vertex-edit';

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Escape leaves drawing/editing/building (terra-draw cancels an unfinished shape); Delete (or
 * Backspace) removes the selected vertex, else the selected proposal. Undoable: all go through the
 * store. Enter (finish a shape) is handled by terra-draw on the focused map canvas.
 */
export function attachKeyboard(store: AppStoreApi, selectedVertex: () => VertexRef | null, clearVertex: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (typingInto(event.target)) return;
    const state = store.getState();
    if (event.key === 'Escape' && state.mode.kind !== 'browse') {
      state.setMode({ kind: 'browse' });
      return;
    }
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    const mode = state.mode;
    const id = mode.kind === 'edit' ? mode.proposalId : mode.kind === 'browse' ? state.selectedId : null;
    if (!id) return;
    event.preventDefault();
    const vertex = selectedVertex();
    const proposal = state.proposals.find((p) => p.id === id);
    if (mode.kind === 'edit' && vertex && proposal?.geometry?.type === 'Polygon') {
      const smaller = removeVertex(proposal.geometry as Polygon, vertex);
      clearVertex();
      if (smaller) state.updateProposalGeometry(id, smaller);
      else state.pushNotice({ tone: 'info', title: 'A shape needs at least three corners', details: [] });
      return;
    }
    state.deleteProposal(id);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
