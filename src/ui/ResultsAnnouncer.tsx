import { useEffect, useState } from 'react';
import { useAppStore } from '../state/store';
import { formatCount } from './format';

/**
 * Quiet time after the last change before the summary is announced (ms): a vertex drag re-analyses
 * many times a second, and a screen reader should hear only where it settled.
 */
export const ANNOUNCE_DELAY_MS = 1000;

/** "‹name›: ‹population› residents, ‹n› boroughs" for the selected proposal's current result; null while there is none. */
function useSummary(): string | null {
  return useAppStore((s) => {
    const proposal = s.proposals.find((p) => p.id === s.selectedId);
    const entry = proposal ? s.results[proposal.id] : undefined;
    const result = entry && entry.status === 'ready' ? entry.result : null;
    if (!proposal || proposal.hidden || !result || result.status !== 'analysed') return null;
    const name = proposal.name.trim() === '' ? 'Unnamed proposal' : proposal.name;
    const n = result.boroughs.length;
    return `${name}: ${formatCount(result.population.estimate)} residents, ${n} ${n === 1 ? 'borough' : 'boroughs'}`;
  });
}

/** A polite live region that says the selected proposal's headline figures when its results change, debounced. */
export function ResultsAnnouncer() {
  const summary = useSummary();
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (summary === null) return undefined;
    const timer = setTimeout(() => setSpoken(summary), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [summary]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="results-announcer">
      {spoken}
    </div>
  );
}
