/**
 * The saved-state envelope and how to read one back. Pure (no IndexedDB) so every corrupt case is
 * unit-testable. Reading never throws and never drops data silently: whatever cannot be restored is
 * reported so the caller can set the original aside.
 */
import { checkProposal } from './validate-proposal';
import type { Proposal, ProposalsSnapshot } from './proposals-slice';

export const ENVELOPE_VERSION = 1;

export interface SavedEnvelope {
  version: typeof ENVELOPE_VERSION;
  /** ms since epoch. */
  savedAt: number;
  proposals: Proposal[];
  selectedId: string | null;
}

export interface DecodedState {
  snapshot: ProposalsSnapshot;
  /** Why parts (or all) of the saved value could not be restored; empty when it was read whole. */
  problems: string[];
}

export function encodeEnvelope(snapshot: ProposalsSnapshot, now: number): SavedEnvelope {
  return { version: ENVELOPE_VERSION, savedAt: now, proposals: snapshot.proposals, selectedId: snapshot.selectedId };
}

const label = (p: unknown, index: number): string => {
  const name = typeof p === 'object' && p !== null && 'name' in p ? (p as { name: unknown }).name : null;
  return typeof name === 'string' && name !== '' ? `"${name}"` : `proposal #${index + 1}`;
};

/** Restores what can be trusted from a stored value of unknown shape. */
export function decodeSaved(raw: unknown): DecodedState {
  const empty: ProposalsSnapshot = { proposals: [], selectedId: null };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { snapshot: empty, problems: ['The saved data is not in a format this app can read.'] };
  }
  const env = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (env.version !== ENVELOPE_VERSION) {
    problems.push(`The saved data is from a different version of the app (format ${String(env.version ?? 'unknown')}, expected ${ENVELOPE_VERSION}).`);
  }
  if (!Array.isArray(env.proposals)) {
    return { snapshot: empty, problems: [...problems, 'The saved data holds no list of proposals.'] };
  }
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  env.proposals.forEach((item: unknown, index) => {
    const checked = checkProposal(item);
    if (!checked.valid) problems.push(`${label(item, index)} could not be restored: ${checked.reason}.`);
    else if (seen.has(checked.value.id)) problems.push(`${label(item, index)} was saved twice; the second copy was set aside.`);
    else {
      seen.add(checked.value.id);
      proposals.push(checked.value);
    }
  });
  const selectedId = typeof env.selectedId === 'string' && seen.has(env.selectedId) ? env.selectedId : null;
  return { snapshot: { proposals, selectedId }, problems };
}
