import { useMemo } from 'react';
import { useAppStore } from '../state/store';
import { useManifest } from './manifest-context';
import { partialCoverage } from './provenance-text';
import { resultMessages, type ResultMessage } from './result-messages';

const NONE: readonly ResultMessage[] = [];

/** The selected proposal's result messages (result-messages.ts); none while it has no result. */
export function useSelectedResultMessages(): readonly ResultMessage[] {
  const result = useAppStore((s) => (s.selectedId ? (s.results[s.selectedId]?.result ?? null) : null));
  const hidden = useAppStore((s) => s.proposals.find((p) => p.id === s.selectedId)?.hidden ?? true);
  const bidCoverage = partialCoverage(useManifest(), 'bids');
  return useMemo(() => (result && !hidden ? resultMessages(result, bidCoverage) : NONE), [result, hidden, bidCoverage]);
}

export const TONE_MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/**
 * The selected proposal's warnings and notes in one list, at the top of the phone's sheet, where
 * the peek's messages button opens it: on a phone the results run long and the same warnings are
 * spread through them (problems, governance checks, overlaps, data notes).
 */
export function ResultMessages() {
  const messages = useSelectedResultMessages();
  const name = useAppStore((s) => s.proposals.find((p) => p.id === s.selectedId)?.name.trim() ?? '');
  if (messages.length === 0) return null;
  return (
    <section className="result-messages" aria-labelledby="result-messages-title" data-testid="result-messages">
      <h2 id="result-messages-title">{name === '' ? 'About this proposal' : `About “${name}”`}</h2>
      <ul>
        {messages.map((m) => (
          <li key={m.key} className={`result-message result-message--${m.tone}`} data-key={m.key}>
            {m.tone === 'info' ? (
              // Notes fold to their title (a tap opens them), so they do not push the results far down the sheet.
              <details>
                <summary className="result-message__title">
                  <span aria-hidden="true">{TONE_MARK[m.tone]} </span>
                  {m.title}
                </summary>
                <p className="result-message__detail">{m.detail}</p>
              </details>
            ) : (
              <>
                <p className="result-message__title">
                  <span aria-hidden="true">{TONE_MARK[m.tone]} </span>
                  {m.title}
                </p>
                <p className="result-message__detail">{m.detail}</p>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
