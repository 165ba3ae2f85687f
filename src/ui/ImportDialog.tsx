import { useId, useMemo, useState } from 'react';
import { FORMAT_LABELS, MANY_FEATURES, type ImportSummary } from '../io/import/import-types';
import { findDuplicates } from '../io/import/to-proposals';
import { applyProposalImport } from '../state/apply-import';
import type { ImportIntent } from '../state/import-queue-slice';
import { PROPOSAL_KINDS, type ProposalKind } from '../state/proposals-slice';
import { useAppStore } from '../state/store';

export interface ImportDialogProps {
  summary: ImportSummary;
  intent: ImportIntent;
  /** Called when the user has chosen (or cancelled); the dialog closes. */
  onDone: () => void;
  /** Adds the file as a reference layer instead; absent while reference layers are unavailable. */
  onReference?: (summary: ImportSummary, nameField: string | null, isBids: boolean) => void;
}

const plural = (n: number, one: string) => `${n.toLocaleString('en-GB')} ${one}${n === 1 ? '' : 's'}`;

/** Review of a read file before anything is added: name field, type, duplicates, many features. */
export function ImportDialog({ summary, intent, onDone, onReference }: ImportDialogProps) {
  const titleId = useId();
  const [nameField, setNameField] = useState<string | null>(summary.ownExport ? 'name' : summary.suggestedNameField);
  const [kind, setKind] = useState<ProposalKind>('parish');
  const [isBids, setIsBids] = useState(() => /\bbids?\b|business.?improvement/i.test(summary.fileName.replace(/[_.-]/g, ' ')) || summary.nameFields.includes('bid_name'));
  const [duplicates, setDuplicates] = useState<'replace' | 'keep-both'>('replace');
  const existing = useAppStore((s) => s.proposals);
  const n = summary.features.length;
  // Compare shapes only: building (and validating) proposals for thousands of features would block the page.
  const dupes = useMemo(() => findDuplicates(summary.features, existing), [summary, existing]);
  const example = nameField ? summary.features.slice(0, 3).map((f) => f.properties[nameField] ?? '') : [];

  const addProposals = () => {
    applyProposalImport(summary, { nameField, kind, duplicates });
    onDone();
  };
  return (
    <div className="import-dialog__backdrop">
      <div className="import-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Import “{summary.fileName}”</h2>
        <p>
          {FORMAT_LABELS[summary.format]}: {plural(n, 'area')} ({plural(summary.vertexCount, 'corner')}).
        </p>
        {[...summary.notes, ...summary.skipped].length > 0 && (
          <ul className="import-dialog__notes">
            {[...summary.notes, ...summary.skipped].map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
        {n > MANY_FEATURES && (
          <p className="problem problem--warning" role="alert">
            This file has {plural(n, 'area')}. Adding them all makes {n} proposals, each analysed in turn; a reference layer may suit better.
          </p>
        )}
        <label className="field">
          <span>Name each area from the field</span>
          <select value={nameField ?? ''} onChange={(e) => setNameField(e.target.value === '' ? null : e.target.value)} data-testid="import-name-field">
            <option value="">(none: number them “{summary.fileName}” 1, 2, …)</option>
            {summary.nameFields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        {summary.suggestedNameField === null && !summary.ownExport && summary.nameFields.length > 0 && (
          <p className="muted">No field is clearly a name: choose the one that holds the areas’ names.</p>
        )}
        {example.length > 0 && <p className="muted">e.g. {example.map((e) => `“${e}”`).join(', ')}</p>}
        {!summary.ownExport && (
          <label className="field">
            <span>Import as</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as ProposalKind)}>
              {Object.entries(PROPOSAL_KINDS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        )}
        {summary.ownExport && <p className="muted">This is this app’s own export: names, types, colours and notes are kept.</p>}
        {dupes.length > 0 && (
          <fieldset className="field">
            <legend>{plural(dupes.length, 'proposal')} already here ha{dupes.length === 1 ? 's' : 've'} the same shape (imported before?)</legend>
            <label className="field__choice">
              <input type="radio" name="dupes" checked={duplicates === 'replace'} onChange={() => setDuplicates('replace')} /> Replace them
            </label>
            <label className="field__choice">
              <input type="radio" name="dupes" checked={duplicates === 'keep-both'} onChange={() => setDuplicates('keep-both')} /> Keep both
            </label>
          </fieldset>
        )}
        {onReference && (
          <label className="field__choice">
            <input type="checkbox" checked={isBids} onChange={(e) => setIsBids(e.target.checked)} /> As a reference layer, these are Business Improvement Districts (add them to the BID results)
          </label>
        )}
        <div className="button-row">
          <button type="button" className={intent !== 'reference' ? 'button--primary' : undefined} onClick={addProposals}>
            Add {plural(n, 'proposal')}
          </button>
          {onReference && (
            <button type="button" className={intent === 'reference' ? 'button--primary' : undefined} onClick={() => {
                onReference(summary, nameField, isBids);
                onDone();
              }}>
              Add as reference layer
            </button>
          )}
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
