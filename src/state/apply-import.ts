/**
 * Applies a reviewed import to the store: proposals (optionally replacing the ones a previous import
 * of the same shapes made), with a notice saying what was added, skipped or refused.
 */
import type { ImportSummary } from '../io/import/import-types';
import { findDuplicates, toProposals } from '../io/import/to-proposals';
import type { ProposalKind } from './proposals-slice';
import { useAppStore } from './store';

export interface ProposalImportChoice {
  nameField: string | null;
  kind: ProposalKind;
  /** What to do with existing proposals of the same shape. */
  duplicates: 'replace' | 'keep-both';
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function applyProposalImport(summary: ImportSummary, choice: ProposalImportChoice): string[] {
  const st = useAppStore.getState();
  const { proposals, problems } = toProposals(summary, { nameField: choice.nameField, kind: choice.kind, usedColours: st.proposals.map((p) => p.colour) });
  const replaced = choice.duplicates === 'replace' ? findDuplicates(proposals, st.proposals) : [];
  for (const p of replaced) st.deleteProposal(p.id);
  const ids = useAppStore.getState().importProposals(proposals);
  st.pushNotice({
    tone: problems.length > 0 ? 'warning' : 'info',
    title: `Imported ${plural(ids.length, 'proposal')} from "${summary.fileName}"`,
    details: [
      ...(replaced.length > 0 ? [`Replaced ${plural(replaced.length, 'proposal')} of the same shape.`] : []),
      ...summary.notes,
      ...summary.skipped,
      ...problems,
    ],
  });
  return ids;
}
