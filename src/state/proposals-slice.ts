import type { StateCreator } from 'zustand';
import type { AreaGeometry } from '../data/schema';
import { emptyHistory, recordEdit, redoStep, undoStep, type History } from './history';
import { nextColour } from './proposal-palette';
import { newId } from './new-id';

export const PROPOSAL_KINDS = { parish: 'Parish', cid: 'Community improvement district' } as const;
export type ProposalKind = keyof typeof PROPOSAL_KINDS;

/** Layers a proposal can be assembled from by clicking areas ("build from areas"). */
export const BUILD_LAYERS = ['wards', 'lsoa'] as const;
export type BuildLayer = (typeof BUILD_LAYERS)[number];

export interface BuiltFrom {
  layer: BuildLayer;
  /** Area codes (ward WD..CD or LSOA21CD) whose union is the geometry. */
  codes: string[];
}

/** One user proposal. Geometry is WGS84 lon/lat (EPSG:4326); null while it has no shape yet. */
export interface Proposal {
  id: string;
  name: string;
  kind: ProposalKind;
  colour: string;
  notes: string;
  hidden: boolean;
  geometry: AreaGeometry | null;
  builtFrom?: BuiltFrom;
  /** ms since epoch. */
  createdAt: number;
  /** ms since epoch of the last edit of any field. */
  updatedAt: number;
}

/** What one undo step restores. Proposals are treated as immutable: every edit replaces the object. */
export interface ProposalsSnapshot {
  proposals: Proposal[];
  selectedId: string | null;
}

export type ProposalDraft = Partial<Omit<Proposal, 'id' | 'geometry' | 'createdAt' | 'updatedAt'>>;

export interface ProposalsSlice {
  proposals: Proposal[];
  selectedId: string | null;
  proposalHistory: History<ProposalsSnapshot>;
  canUndo: boolean;
  canRedo: boolean;
  /** Adds a proposal, selects it and returns its id. */
  addProposal: (geometry: AreaGeometry | null, partial?: ProposalDraft) => string;
  /** Rapid calls for the same proposal (a vertex drag) coalesce into one undo step. */
  /** `gesture` names a drag in progress: all its edits are one undo step, however slow the drag. */
  updateProposalGeometry: (id: string, geometry: AreaGeometry | null, builtFrom?: BuiltFrom, gesture?: string) => void;
  renameProposal: (id: string, name: string) => void;
  setProposalKind: (id: string, kind: ProposalKind) => void;
  setProposalNotes: (id: string, notes: string) => void;
  setProposalColour: (id: string, colour: string) => void;
  toggleHidden: (id: string) => void;
  /** Copies a proposal (new id, name "… (copy)", next free colour), selects the copy and returns its id. */
  duplicateProposal: (id: string) => string | null;
  deleteProposal: (id: string) => void;
  /** Selection is not an undo step on its own. */
  selectProposal: (id: string | null) => void;
  /** Adds already-complete proposals (share link) as one undo step; returns the ids added. */
  importProposals: (incoming: Proposal[]) => string[];
  /** Replaces everything (restore from IndexedDB) and clears history: a reload starts a fresh undo stack. */
  restoreProposals: (snapshot: ProposalsSnapshot) => void;
  undo: () => void;
  redo: () => void;
}

type SetFn = Parameters<StateCreator<ProposalsSlice>>[0];
type GetFn = Parameters<StateCreator<ProposalsSlice>>[1];

function defaultName(kind: ProposalKind, existing: readonly Proposal[]): string {
  const stem = kind === 'parish' ? 'Parish' : 'CID';
  const names = new Set(existing.map((p) => p.name));
  let n = existing.length + 1;
  while (names.has(`${stem} ${n}`)) n += 1;
  return `${stem} ${n}`;
}

/** Apply an edit to the proposal list, recording the state before it as an undo step. */
function commit(set: SetFn, get: GetFn, key: string | null, next: ProposalsSnapshot, held = false): void {
  const { proposals, selectedId, proposalHistory } = get();
  const history = recordEdit(proposalHistory, { proposals, selectedId }, key, Date.now(), held);
  set({ ...next, proposalHistory: history, canUndo: history.past.length > 0, canRedo: false });
}

/** Replace the proposal with `edited.id` by `edited` (stamping updatedAt); a no-op for an unknown id. */
function replaceOne(set: SetFn, get: GetFn, key: string | null, edited: Proposal, held = false): void {
  const { proposals, selectedId } = get();
  if (!proposals.some((p) => p.id === edited.id)) return;
  const stamped = { ...edited, updatedAt: Date.now() };
  commit(set, get, key, { proposals: proposals.map((p) => (p.id === edited.id ? stamped : p)), selectedId }, held);
}

/** Apply a shallow patch to one proposal; a no-op for an unknown id. */
function editOne(set: SetFn, get: GetFn, id: string, key: string | null, patch: Partial<Proposal>): void {
  const current = get().proposals.find((p) => p.id === id);
  if (current) replaceOne(set, get, key, { ...current, ...patch });
}

export const createProposalsSlice: StateCreator<ProposalsSlice, [], [], ProposalsSlice> = (set, get) => ({
  proposals: [],
  selectedId: null,
  proposalHistory: emptyHistory<ProposalsSnapshot>(),
  canUndo: false,
  canRedo: false,

  addProposal: (geometry, partial = {}) => {
    const { proposals } = get();
    const now = Date.now();
    const kind = partial.kind ?? 'parish';
    const proposal: Proposal = {
      name: defaultName(kind, proposals),
      colour: nextColour(proposals.map((p) => p.colour)),
      notes: '',
      hidden: false,
      ...partial,
      kind,
      id: newId(),
      geometry,
      createdAt: now,
      updatedAt: now,
    };
    commit(set, get, null, { proposals: [...proposals, proposal], selectedId: proposal.id });
    return proposal.id;
  },

  updateProposalGeometry: (id, geometry, builtFrom, gesture) => {
    const current = get().proposals.find((p) => p.id === id);
    if (!current) return;
    // A hand edit drops builtFrom (the shape is no longer a union of those areas); omit the key
    // rather than store `undefined`, so saved and restored proposals compare equal.
    const { builtFrom: _old, ...rest } = current;
    const edited: Proposal = builtFrom ? { ...rest, geometry, builtFrom } : { ...rest, geometry };
    replaceOne(set, get, gesture ? `geometry:${id}:${gesture}` : `geometry:${id}`, edited, gesture !== undefined);
  },
  renameProposal: (id, name) => editOne(set, get, id, `name:${id}`, { name }),
  setProposalKind: (id, kind) => editOne(set, get, id, null, { kind }),
  setProposalNotes: (id, notes) => editOne(set, get, id, `notes:${id}`, { notes }),
  setProposalColour: (id, colour) => editOne(set, get, id, null, { colour }),
  toggleHidden: (id) => {
    const p = get().proposals.find((q) => q.id === id);
    if (p) editOne(set, get, id, null, { hidden: !p.hidden });
  },

  duplicateProposal: (id) => {
    const { proposals } = get();
    const source = proposals.find((p) => p.id === id);
    if (!source) return null;
    const now = Date.now();
    const copy: Proposal = {
      ...source,
      id: newId(),
      name: `${source.name} (copy)`,
      ...(source.builtFrom ? { builtFrom: { ...source.builtFrom, codes: [...source.builtFrom.codes] } } : {}),
      colour: nextColour(proposals.map((p) => p.colour)),
      createdAt: now,
      updatedAt: now,
    };
    const index = proposals.indexOf(source);
    const next = [...proposals.slice(0, index + 1), copy, ...proposals.slice(index + 1)];
    commit(set, get, null, { proposals: next, selectedId: copy.id });
    return copy.id;
  },

  deleteProposal: (id) => {
    const { proposals, selectedId } = get();
    if (!proposals.some((p) => p.id === id)) return;
    commit(set, get, null, {
      proposals: proposals.filter((p) => p.id !== id),
      selectedId: selectedId === id ? null : selectedId,
    });
  },

  selectProposal: (id) => {
    if (id === null || get().proposals.some((p) => p.id === id)) set({ selectedId: id });
  },

  importProposals: (incoming) => {
    if (incoming.length === 0) return [];
    const { proposals, selectedId } = get();
    const ids = new Set(proposals.map((p) => p.id));
    const fresh = incoming.filter((p) => !ids.has(p.id));
    if (fresh.length === 0) return [];
    commit(set, get, null, { proposals: [...proposals, ...fresh], selectedId: fresh[0]?.id ?? selectedId });
    return fresh.map((p) => p.id);
  },

  restoreProposals: ({ proposals, selectedId }) => {
    const selected = selectedId !== null && proposals.some((p) => p.id === selectedId) ? selectedId : null;
    set({ proposals, selectedId: selected, proposalHistory: emptyHistory(), canUndo: false, canRedo: false });
  },

  undo: () => {
    const { proposals, selectedId, proposalHistory } = get();
    const step = undoStep(proposalHistory, { proposals, selectedId });
    if (!step) return;
    set({ ...step.state, proposalHistory: step.history, canUndo: step.history.past.length > 0, canRedo: true });
  },
  redo: () => {
    const { proposals, selectedId, proposalHistory } = get();
    const step = redoStep(proposalHistory, { proposals, selectedId });
    if (!step) return;
    set({ ...step.state, proposalHistory: step.history, canUndo: true, canRedo: step.history.future.length > 0 });
  },
});
