import { useId } from 'react';
import { MAX_COMPARE } from '../../state/meeting-slice';
import { presentableProposals } from '../../state/present-order';
import { useAppStore } from '../../state/store';

/** Tick two to four proposals, then "Compare side by side". */
export function CompareChooser() {
  const id = useId();
  const proposals = presentableProposals(useAppStore((s) => s.proposals));
  const chosen = useAppStore((s) => s.compareIds);
  const toggle = useAppStore((s) => s.toggleCompare);
  const setComparing = useAppStore((s) => s.setComparing);
  const live = chosen.filter((c) => proposals.some((p) => p.id === c));
  if (proposals.length < 2) return null;
  return (
    <fieldset className="compare-chooser" aria-describedby={`${id}-help`}>
      <legend>Compare side by side</legend>
      <p id={`${id}-help`} className="muted">
        Choose two to {MAX_COMPARE}.
      </p>
      <ul>
        {proposals.map((p) => {
          const checked = live.includes(p.id);
          return (
            <li key={p.id}>
              <label>
                <input type="checkbox" checked={checked} disabled={!checked && live.length >= MAX_COMPARE} onChange={() => toggle(p.id)} />
                {p.name || 'Unnamed proposal'}
              </label>
            </li>
          );
        })}
      </ul>
      <button type="button" disabled={live.length < 2} onClick={() => setComparing(true)}>
        Compare {live.length >= 2 ? `${live.length} proposals` : ''}
      </button>
    </fieldset>
  );
}
