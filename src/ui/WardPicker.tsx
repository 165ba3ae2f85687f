import { useId, useMemo, useState } from 'react';
import { useAppStore } from '../state/store';
import type { WardChoice } from '../state/build-slice';
import './ward-picker.css';

/** Enough rows to pick from while typing; more would make Tab a long walk. */
const MAX_SHOWN = 30;
const NO_CODES: readonly string[] = [];

/** Wards whose name or borough contains the query (case- and accent-insensitive). */
export function matchWards(choices: readonly WardChoice[], query: string): WardChoice[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const q = fold(query.trim());
  if (q === '') return [];
  return choices.filter((w) => fold(w.name).includes(q) || fold(w.borough).includes(q));
}

function WardButton({ ward, inProposal }: { ward: WardChoice; inProposal: boolean }) {
  const requestBuildToggle = useAppStore((s) => s.requestBuildToggle);
  return (
    <li>
      <button type="button" className={inProposal ? 'ward-picker__remove' : 'ward-picker__add'} onClick={() => requestBuildToggle('wards', ward.code)}>
        {inProposal ? 'Remove' : 'Add'} {ward.name} <span className="ward-picker__borough">({ward.borough})</span>
      </button>
    </li>
  );
}

/**
 * Build from wards with the keyboard: type a ward or borough name, then Enter (or Space) on a ward
 * adds it to the proposal being built, or removes it. The request goes through the store to the map,
 * which runs the same toggle as a click on that ward (src/map/draw/build-toggle.ts), then eases the
 * camera to the proposal. On a phone (`phone`) it is a panel above the results peek, opened from the
 * top bar (PhoneActions) and closed with `onClose`; every target there is 44 px or more.
 */
export function WardPicker({ phone = false, onClose }: { phone?: boolean; onClose?: () => void } = {}) {
  const choices = useAppStore((s) => s.wardChoices);
  const codes = useAppStore((s) => {
    const mode = s.mode;
    const target = mode.kind === 'build' && mode.proposalId ? s.proposals.find((p) => p.id === mode.proposalId) : undefined;
    return target?.builtFrom?.layer === 'wards' ? target.builtFrom.codes : NO_CODES;
  });
  const [query, setQuery] = useState('');
  const inputId = useId();
  const matches = useMemo(() => matchWards(choices, query), [choices, query]);
  const chosen = useMemo(() => choices.filter((w) => codes.includes(w.code)), [choices, codes]);
  if (choices.length === 0) return null;
  const shown = matches.slice(0, MAX_SHOWN);
  // A ward already listed as a match is not listed again under "In this proposal".
  const chosenRest = chosen.filter((w) => !shown.includes(w));
  return (
    <section className={phone ? 'ward-picker ward-picker--phone' : 'ward-picker'} aria-label={phone ? 'Wards by name' : 'Wards by keyboard'} data-covers-map="">
      <div className="ward-picker__head">
        <label htmlFor={inputId}>Find a ward or borough</label>
        {onClose && (
          <button type="button" className="ward-picker__close" onClick={onClose} aria-label="Close the ward list">
            ✕
          </button>
        )}
      </div>
      {/* Opened on purpose from the phone's top bar: typing is what comes next. */}
      <input id={inputId} type="search" value={query} autoComplete="off" autoFocus={phone} onChange={(e) => setQuery(e.target.value)} />
      <p className="ward-picker__status" role="status">
        {query.trim() === ''
          ? 'Type part of a ward or borough name.'
          : matches.length === 0
            ? `No ward or borough matches “${query.trim()}”.`
            : matches.length > MAX_SHOWN
              ? `${matches.length} wards match; the first ${MAX_SHOWN} are listed. Type more to narrow.`
              : `${matches.length} ${matches.length === 1 ? 'ward matches' : 'wards match'}.`}
      </p>
      {shown.length > 0 && (
        <ul className="ward-picker__list" aria-label="Matching wards">
          {shown.map((w) => (
            <WardButton key={w.code} ward={w} inProposal={codes.includes(w.code)} />
          ))}
        </ul>
      )}
      {chosenRest.length > 0 && (
        <>
          <p className="ward-picker__heading" id={`${inputId}-in`}>
            Also in this proposal
          </p>
          <ul className="ward-picker__list" aria-labelledby={`${inputId}-in`}>
            {chosenRest.map((w) => (
              <WardButton key={w.code} ward={w} inProposal />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
