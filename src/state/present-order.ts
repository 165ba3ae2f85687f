import type { AreaGeometry } from '../data/schema';
import type { Proposal } from './proposals-slice';

export type ShownProposal = Proposal & { geometry: AreaGeometry };

/** Proposals a presentation steps through: visible ones with a shape, in list order. */
export function presentableProposals(proposals: readonly Proposal[]): ShownProposal[] {
  return proposals.filter((p): p is ShownProposal => !p.hidden && p.geometry !== null);
}

/** The part of the app state that decides what a presentation shows. */
export interface PresentState {
  proposals: readonly Proposal[];
  comparing: boolean;
  compareIds: readonly string[];
}

/**
 * What presentation mode shows and steps through: while comparing (two or more compared proposals
 * that can be shown), only the compared ones, in the order they were chosen (the table's column
 * order); otherwise every presentable proposal in list order.
 */
export function presentedProposals(s: PresentState): ShownProposal[] {
  const shown = presentableProposals(s.proposals);
  if (!s.comparing) return shown;
  const compared = s.compareIds.map((id) => shown.find((p) => p.id === id)).filter((p): p is ShownProposal => p !== undefined);
  return compared.length >= 2 ? compared : shown;
}

/**
 * The proposal ← (-1) or → (+1) moves to within `shown`, wrapping round at either end. With no
 * current one (or one not in the list) → starts at the first and ← at the last. Null when empty.
 */
export function stepWithin(shown: readonly Proposal[], currentId: string | null, direction: 1 | -1): string | null {
  if (shown.length === 0) return null;
  const index = shown.findIndex((p) => p.id === currentId);
  if (index < 0) return (direction === 1 ? shown[0] : shown[shown.length - 1])?.id ?? null;
  return shown[(index + direction + shown.length) % shown.length]?.id ?? null;
}

/** stepWithin over every presentable proposal. */
export function stepProposal(proposals: readonly Proposal[], currentId: string | null, direction: 1 | -1): string | null {
  return stepWithin(presentableProposals(proposals), currentId, direction);
}

/** The step presentation mode takes: within the compared proposals while comparing. */
export function stepPresented(s: PresentState, currentId: string | null, direction: 1 | -1): string | null {
  return stepWithin(presentedProposals(s), currentId, direction);
}
