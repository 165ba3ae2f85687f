/**
 * Opening a share link: adds the proposals it carries (skipping any already here, by id or by same
 * name and shape), tells the user what happened, and removes the token from the address bar so a
 * reload does not announce it again.
 */
import type { StoreApi } from 'zustand';
import type { CameraSlice } from '../state/camera-slice';
import type { NoticesSlice } from '../state/notices-slice';
import type { Proposal, ProposalsSlice } from '../state/proposals-slice';
import { initialShare, initialShareToken } from './initial-share';
import { decodeShareToken, tokenFromHash } from './share-link';

type ShareStore = StoreApi<ProposalsSlice & NoticesSlice & CameraSlice>;

const sameShape = (a: Proposal, b: Proposal) => a.name === b.name && JSON.stringify(a.geometry) === JSON.stringify(b.geometry);
const names = (ps: readonly Proposal[]) => ps.map((p) => `“${p.name}”`).join(', ');

/** Imports the proposals in `hash` (e.g. location.hash); returns the ids added. */
export async function importShareHash(store: ShareStore, hash: string): Promise<string[]> {
  const token = tokenFromHash(hash);
  if (token === null) return [];
  const { pushNotice } = store.getState();
  let decoded;
  try {
    // The link the page opened with was decoded at start-up (the map framed it already).
    decoded = await (token === initialShareToken && initialShare ? initialShare : decodeShareToken(token));
  } catch (e) {
    pushNotice({ tone: 'error', title: 'The share link could not be opened', details: [e instanceof Error ? e.message : String(e)] });
    return [];
  }
  const existing = store.getState().proposals;
  const already = decoded.proposals.filter((p) => existing.some((q) => q.id === p.id || sameShape(p, q)));
  const fresh = decoded.proposals.filter((p) => !already.includes(p));
  const added = store.getState().importProposals(fresh);
  const details = [
    added.length > 0 ? `Added ${added.length === 1 ? '1 proposal' : `${added.length} proposals`}: ${names(fresh)}. Undo removes them again.` : 'No new proposals were added.',
    ...(already.length > 0 ? [`Already here, so not added again: ${names(already)}.`] : []),
    ...decoded.problems,
  ];
  pushNotice({ tone: decoded.problems.length > 0 ? 'warning' : 'info', title: 'Opened a share link', details });
  // The link's proposals fill the screen (clear of the panels), whether just added or already here.
  const here = store.getState().proposals;
  const shown = here.filter((q) => added.includes(q.id) || already.some((p) => q.id === p.id || sameShape(p, q)));
  store.getState().requestFit(shown.map((q) => q.id));
  return added;
}

/** Imports from the page's own address, then strips the token from it. */
export async function importShareFromLocation(store: ShareStore): Promise<void> {
  if (tokenFromHash(window.location.hash) === null) return;
  await importShareHash(store, window.location.hash);
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
