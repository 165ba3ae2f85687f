import { useState, type KeyboardEvent } from 'react';
import { useAppStore } from '../state/store';
import { PROPOSAL_KINDS, type Proposal } from '../state/proposals-slice';
import { formatHa, formatPeople } from './sidebar-format';

const KIND_SHORT = { parish: 'Parish', cid: 'CID' } as const satisfies Record<keyof typeof PROPOSAL_KINDS, string>;

interface Props {
  proposal: Proposal;
  selected: boolean;
}

/** One proposal in the list: select, rename inline, hide, duplicate, delete. */
export function ProposalRow({ proposal: p, selected }: Props) {
  const { selectProposal, renameProposal, toggleHidden, duplicateProposal, deleteProposal } = useAppStore.getState();
  const [editing, setEditing] = useState<string | null>(null);
  // The details form may leave the name empty while the user retypes it.
  const label = p.name.trim() === '' ? 'Unnamed proposal' : p.name;
  // Headline figures in the list let proposals be compared at a glance. While a new analysis runs
  // the last one stays (as in the results panel) so the list does not flicker during a drag.
  const figures = useAppStore((s) => {
    const entry = s.results[p.id];
    const r = entry && entry.status !== 'error' && entry.result?.status === 'analysed' ? entry.result : null;
    return r ? `${formatPeople(r.population.estimate)} people · ${formatHa(r.areaHa)}` : null;
  });

  const commit = () => {
    const name = editing?.trim();
    if (name && name !== p.name) renameProposal(p.id, name);
    setEditing(null);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setEditing(null);
  };

  return (
    <li className={`proposal-row${selected ? ' proposal-row--selected' : ''}${p.hidden ? ' proposal-row--hidden' : ''}`} data-proposal-id={p.id}>
      <span className="proposal-row__swatch" style={{ background: p.colour }} aria-hidden="true" />
      {editing === null ? (
        <button
          type="button"
          className="proposal-row__name"
          // Named by what it shows (name, kind, figures), so speech and screen readers find it by its
          // visible label (WCAG 2.5.3); aria-pressed says which one is selected.
          aria-pressed={selected}
          onClick={() => selectProposal(p.id)}
          onDoubleClick={() => setEditing(p.name)}
        >
          <span className="proposal-row__label">{label}</span>{' '}
          <span className="proposal-row__kind">
            {KIND_SHORT[p.kind]}
            {p.geometry ? '' : ' · no shape yet'}
            {p.hidden ? ' · hidden' : ''}
            {figures && !p.hidden ? ` · ${figures}` : ''}
          </span>
        </button>
      ) : (
        <input
          className="proposal-row__rename"
          aria-label={`New name for ${label}`}
          value={editing}
          autoFocus
          onChange={(e) => setEditing(e.target.value)}
          onKeyDown={onKey}
          onBlur={commit}
        />
      )}
      <div className="proposal-row__actions">
        <button type="button" aria-label={`Rename ${label}`} onClick={() => setEditing(p.name)}>
          Rename
        </button>
        <button type="button" aria-label={`${p.hidden ? 'Show' : 'Hide'} ${label}`} onClick={() => toggleHidden(p.id)}>
          {p.hidden ? 'Show' : 'Hide'}
        </button>
        <button type="button" aria-label={`Duplicate ${label}`} onClick={() => duplicateProposal(p.id)}>
          Duplicate
        </button>
        <button
          type="button"
          aria-label={`Delete ${label}`}
          onClick={() => deleteProposal(p.id)}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
