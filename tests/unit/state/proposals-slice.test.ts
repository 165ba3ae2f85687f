import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Polygon } from 'geojson';
import { createProposalsSlice, type ProposalsSlice } from '../../../src/state/proposals-slice';
import { PROPOSAL_COLOURS } from '../../../src/state/proposal-palette';
import { COALESCE_MS, MAX_HISTORY_DEPTH } from '../../../src/state/history';

/** A small square near Charing Cross, EPSG:4326, side `d` degrees. */
function square(d = 0.01, x = -0.13, y = 51.5): Polygon {
  return { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] };
}

const makeStore = () => createStore<ProposalsSlice>()(createProposalsSlice);

describe('proposals slice', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('adds proposals with unique ids, default names, distinct colours, and selects the new one', () => {
    const s = makeStore();
    const a = s.getState().addProposal(square());
    const b = s.getState().addProposal(square(0.02), { kind: 'cid' });
    const [pa, pb] = s.getState().proposals;
    expect(a).not.toBe(b);
    expect(pa?.name).toBe('Parish 1');
    expect(pb?.name).toBe('CID 2');
    expect(pb?.kind).toBe('cid');
    expect(pa?.colour).toBe(PROPOSAL_COLOURS[0]);
    expect(pb?.colour).toBe(PROPOSAL_COLOURS[1]);
    expect(s.getState().selectedId).toBe(b);
  });

  it('renames, retypes, recolours, annotates, hides, and each is one undo step', () => {
    const s = makeStore();
    const id = s.getState().addProposal(square());
    const st = () => s.getState();
    st().renameProposal(id, 'Soho');
    st().setProposalKind(id, 'cid');
    st().setProposalColour(id, '#000000');
    st().setProposalNotes(id, 'Talk to the BID first');
    st().toggleHidden(id);
    expect(st().proposals[0]).toMatchObject({ name: 'Soho', kind: 'cid', colour: '#000000', notes: 'Talk to the BID first', hidden: true });
    st().undo();
    expect(st().proposals[0]?.hidden).toBe(false);
    st().undo();
    expect(st().proposals[0]?.notes).toBe('');
    st().undo();
    st().undo();
    expect(st().proposals[0]?.kind).toBe('parish');
    st().undo();
    expect(st().proposals[0]?.name).toBe('Parish 1');
    st().undo();
    expect(st().proposals).toHaveLength(0);
    expect(st().canUndo).toBe(false);
    expect(st().canRedo).toBe(true);
    for (let i = 0; i < 6; i += 1) st().redo();
    expect(st().proposals[0]).toMatchObject({ name: 'Soho', hidden: true });
    expect(st().canRedo).toBe(false);
  });

  it('coalesces a burst of geometry updates (a vertex drag) into one undo step', () => {
    const s = makeStore();
    const id = s.getState().addProposal(square(0.01));
    for (let i = 1; i <= 10; i += 1) {
      vi.advanceTimersByTime(50);
      s.getState().updateProposalGeometry(id, square(0.01 + i * 0.001));
    }
    expect(s.getState().proposals[0]?.geometry).toEqual(square(0.02));
    s.getState().undo();
    expect(s.getState().proposals[0]?.geometry).toEqual(square(0.01));
  });

  it('undoes a whole drag gesture as one step however slow its moves, and keeps two drags apart', () => {
    const s = makeStore();
    const id = s.getState().addProposal(square(0.01));
    // A slow drag (or one on a loaded machine): moves more than the coalescing window apart.
    for (let i = 1; i <= 5; i += 1) {
      vi.advanceTimersByTime(COALESCE_MS * 2);
      s.getState().updateProposalGeometry(id, square(0.01 + i * 0.001), undefined, 'drag-1');
    }
    // A second drag straight after the first is its own step.
    s.getState().updateProposalGeometry(id, square(0.03), undefined, 'drag-2');
    s.getState().undo();
    expect(s.getState().proposals[0]?.geometry).toEqual(square(0.015));
    s.getState().undo();
    expect(s.getState().proposals[0]?.geometry).toEqual(square(0.01));
  });

  it('does not coalesce geometry updates further apart than the window, or of different proposals', () => {
    const s = makeStore();
    const a = s.getState().addProposal(square(0.01));
    const b = s.getState().addProposal(square(0.01, -0.1));
    s.getState().updateProposalGeometry(a, square(0.02));
    vi.advanceTimersByTime(COALESCE_MS + 1);
    s.getState().updateProposalGeometry(a, square(0.03));
    s.getState().updateProposalGeometry(b, square(0.03, -0.1));
    s.getState().undo();
    expect(s.getState().proposals[1]?.geometry).toEqual(square(0.01, -0.1));
    expect(s.getState().proposals[0]?.geometry).toEqual(square(0.03));
    s.getState().undo();
    expect(s.getState().proposals[0]?.geometry).toEqual(square(0.02));
  });

  it('caps the undo depth', () => {
    const s = makeStore();
    const id = s.getState().addProposal(square());
    for (let i = 0; i < MAX_HISTORY_DEPTH + 50; i += 1) s.getState().setProposalColour(id, `#00${String(i).padStart(4, '0')}`);
    expect(s.getState().proposalHistory.past).toHaveLength(MAX_HISTORY_DEPTH);
  });

  it('a new edit after undo clears redo', () => {
    const s = makeStore();
    const id = s.getState().addProposal(square());
    s.getState().renameProposal(id, 'A');
    s.getState().undo();
    expect(s.getState().canRedo).toBe(true);
    vi.advanceTimersByTime(COALESCE_MS + 1);
    s.getState().renameProposal(id, 'B');
    expect(s.getState().canRedo).toBe(false);
  });

  it('duplicates next to the source with a new id and colour, and delete is undoable', () => {
    const s = makeStore();
    const a = s.getState().addProposal(square(), { name: 'Bloomsbury' });
    s.getState().addProposal(square(0.02));
    const copy = s.getState().duplicateProposal(a);
    const list = s.getState().proposals;
    expect(list.map((p) => p.name)).toEqual(['Bloomsbury', 'Bloomsbury (copy)', 'Parish 2']);
    expect(copy).not.toBe(a);
    expect(list[1]?.geometry).toEqual(list[0]?.geometry);
    expect(new Set(list.map((p) => p.colour)).size).toBe(3);
    expect(s.getState().selectedId).toBe(copy);
    s.getState().deleteProposal(copy ?? '');
    expect(s.getState().proposals).toHaveLength(2);
    expect(s.getState().selectedId).toBeNull();
    s.getState().undo();
    expect(s.getState().proposals[1]?.id).toBe(copy);
    expect(s.getState().selectedId).toBe(copy);
  });

  it('records builtFrom with geometry and drops it on a hand edit', () => {
    const s = makeStore();
    const id = s.getState().addProposal(null);
    s.getState().updateProposalGeometry(id, square(), { layer: 'wards', codes: ['E05000001'] });
    expect(s.getState().proposals[0]?.builtFrom).toEqual({ layer: 'wards', codes: ['E05000001'] });
    s.getState().updateProposalGeometry(id, square(0.02));
    expect(s.getState().proposals[0]).not.toHaveProperty('builtFrom');
  });

  it('imports only proposals whose ids are new, and restore clears history', () => {
    const s = makeStore();
    const a = s.getState().addProposal(square());
    const existing = s.getState().proposals[0];
    if (!existing) throw new Error('no proposal');
    const incoming = [existing, { ...existing, id: 'other', name: 'From link' }];
    expect(s.getState().importProposals(incoming)).toEqual(['other']);
    expect(s.getState().proposals.map((p) => p.id)).toEqual([a, 'other']);
    s.getState().restoreProposals({ proposals: [existing], selectedId: 'missing' });
    expect(s.getState().selectedId).toBeNull();
    expect(s.getState().canUndo).toBe(false);
  });

  it('ignores edits to unknown ids without creating undo steps', () => {
    const s = makeStore();
    s.getState().renameProposal('nope', 'x');
    s.getState().deleteProposal('nope');
    expect(s.getState().duplicateProposal('nope')).toBeNull();
    expect(s.getState().canUndo).toBe(false);
  });
});
