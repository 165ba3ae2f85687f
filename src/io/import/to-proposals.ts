/**
 * Imported features → proposals: named from the chosen field (else "<file> <n>"), our own export's
 * kind, colour and notes kept, otherwise the next free palette colours. Validated like any proposal
 * read from outside (checkProposal); a feature that fails is reported, never half-added.
 */
import type { AreaGeometry } from '../../data/schema';
import { newId } from '../../state/new-id';
import { nextColour } from '../../state/proposal-palette';
import type { Proposal, ProposalKind } from '../../state/proposals-slice';
import { checkProposal } from '../../state/validate-proposal';
import type { ImportSummary } from './import-types';

export interface ToProposalsOptions {
  nameField: string | null;
  /** Kind for features that do not carry one (our own export carries it). */
  kind: ProposalKind;
  /** Colours already in use, so imported proposals get distinct ones. */
  usedColours: readonly string[];
  now?: number;
}

export const fileStem = (fileName: string) => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || fileName;

export function toProposals(summary: ImportSummary, options: ToProposalsOptions): { proposals: Proposal[]; problems: string[] } {
  const now = options.now ?? Date.now();
  const used = [...options.usedColours];
  const proposals: Proposal[] = [];
  const problems: string[] = [];
  const stem = fileStem(summary.fileName);
  summary.features.forEach((f, n) => {
    const p = f.properties;
    const named = options.nameField ? p[options.nameField]?.trim() : undefined;
    const name = named ? named.slice(0, 200) : summary.features.length === 1 ? stem : `${stem} ${n + 1}`;
    const own = summary.ownExport;
    const colour = own && p.colour ? p.colour : nextColour(used);
    used.push(colour);
    const candidate = {
      id: newId(),
      name,
      kind: own && (p.kind === 'parish' || p.kind === 'cid') ? p.kind : options.kind,
      colour,
      notes: own ? (p.notes ?? '') : `Imported from "${summary.fileName}" (feature ${f.index + 1}).`,
      hidden: false,
      geometry: f.geometry,
      createdAt: now,
      updatedAt: now,
    };
    const checked = checkProposal(candidate);
    if (checked.valid) proposals.push(checked.value);
    else problems.push(`"${name}" (feature ${f.index + 1}) was not added: ${checked.reason}.`);
  });
  return { proposals, problems };
}

/** Geometry as text rounded to 6 decimal places (≈ 0.1 m), so a re-imported export matches its original. */
const geometryKey = (g: AreaGeometry) => JSON.stringify(g.coordinates, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) : v));

/** Existing proposals with the same shape as an incoming one (the same file imported again). */
export function findDuplicates(incoming: readonly { geometry: AreaGeometry | null }[], existing: readonly Proposal[]): Proposal[] {
  if (existing.length === 0) return [];
  const keys = new Set(incoming.flatMap((p) => (p.geometry ? [geometryKey(p.geometry)] : [])));
  return existing.filter((p) => p.geometry !== null && keys.has(geometryKey(p.geometry)));
}
