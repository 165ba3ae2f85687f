import { useEffect, useState } from 'react';
import { useAppStore } from '../state/store';
import { ProposalRow } from './ProposalRow';

/** Every proposal, with a one-step way back after a delete. */
export function ProposalList() {
  const proposals = useAppStore((s) => s.proposals);
  const selectedId = useAppStore((s) => s.selectedId);
  const undo = useAppStore((s) => s.undo);
  const lastStep = useAppStore((s) => s.proposalHistory.past.at(-1));
  const [deleted, setDeleted] = useState<{ id: string; name: string; step: unknown } | null>(null);
  // Any delete (list button, toolbar, Delete key on the map) offers a one-click way back.
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.proposals === prev.proposals || s.proposalHistory.future.length > 0) return;
        const gone = prev.proposals.filter((p) => !s.proposals.some((q) => q.id === p.id));
        const step = s.proposalHistory.past.at(-1);
        if (gone.length === 1 && gone[0] && step) setDeleted({ id: gone[0].id, name: gone[0].name, step });
      }),
    [],
  );
  // Offer "Undo delete" only while the delete is still the latest step: after any other edit (or an
  // undo by key) the button would undo something else.
  const showDeleted = deleted !== null && deleted.step === lastStep && !proposals.some((p) => p.id === deleted.id);

  return (
    <section className="sidebar__section" aria-labelledby="proposal-list-title">
      <h2 id="proposal-list-title">Your proposals</h2>
      {proposals.length === 0 ? (
        <p className="sidebar__hint">
          No proposals yet. Draw a shape on the map with the drawing tools, or build one by clicking wards. Everything you
          make is saved in this browser as you work.
        </p>
      ) : (
        <ul className="proposal-list" aria-label="Proposals">
          {proposals.map((p) => (
            <ProposalRow key={p.id} proposal={p} selected={p.id === selectedId} />
          ))}
        </ul>
      )}
      {showDeleted && (
        <p className="proposal-list__deleted" role="status">
          Deleted “{deleted.name}”.{' '}
          <button
            type="button"
            onClick={() => {
              undo();
              setDeleted(null);
            }}
          >
            Undo delete
          </button>
          <button type="button" aria-label="Dismiss" onClick={() => setDeleted(null)}>
            ✕
          </button>
        </p>
      )}
    </section>
  );
}
