import type { AreaGeometry } from '../data/schema';
import type { Proposal } from './proposals-slice';

export type ShownProposal = Proposal & { geometry: AreaGeometry };

/** Proposals a presentation steps through: visible ones with a shape, in list order. */
export function presentableProposals(proposals: readonly Proposal[]): ShownProposal[] {
  return proposals.filter((p): p is ShownProposal => !p.hidden && p.geometry !== null);
}

/**
 * The proposal ← (-1) or → (+1) moves to, wrapping round at either end. With no current one (or
 * a hidden one selected) → starts at the first and ← at the last. Null when there is none.
 */
export function stepProposal(proposals: readonly Proposal[], currentId: string | null, direction: 1 | -1): string | null {
  const shown = presentableProposals(proposals);
  if (shown.length === 0) return null;
  const index = shown.findIndex((p) => p.id === currentId);
  if (index < 0) return (direction === 1 ? shown[0] : shown[shown.length - 1])?.id ?? null;
  return shown[(index + direction + shown.length) % shown.length]?.id ?? null;
}
