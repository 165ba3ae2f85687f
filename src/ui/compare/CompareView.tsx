import { useAppStore } from '../../state/store';
import { startPresenting } from '../presentation/use-presentation-keys';
import { CompareDifferences } from './CompareDifferences';
import { CompareTable } from './CompareTable';
import { MARK_HELP } from './compare-rows';
import { useCompared } from './use-compared';
import './compare.css';

/** Replaces the sidebar while comparing: the table, and the way back. The map shows only the compared proposals. */
export function CompareView() {
  const setComparing = useAppStore((s) => s.setComparing);
  const { items, pending } = useCompared();
  const differences = useAppStore((s) => s.differences);
  const compareIds = useAppStore((s) => s.compareIds);
  const proposals = useAppStore((s) => s.proposals);
  const openReport = useAppStore((s) => s.openReport);
  return (
    <aside className="compare-panel" aria-labelledby="compare-title" data-testid="compare-panel">
      <header className="compare-panel__header">
        <h1 id="compare-title">Compare proposals</h1>
        <div className="compare-panel__actions">
          <button type="button" onClick={startPresenting}>
            Present comparison
          </button>
          <button type="button" onClick={() => openReport('all')}>
            Print report
          </button>
          <button type="button" onClick={() => setComparing(false)}>
            Back to editing
          </button>
        </div>
      </header>
      <p className="compare-panel__help">{MARK_HELP}</p>
      <p role="status" aria-live="polite">
        {pending > 0 ? `Analysing ${pending} more…` : ''}
      </p>
      {items.length >= 2 ? <CompareTable items={items} /> : <p>Choose at least two proposals with a shape.</p>}
      <CompareDifferences differences={differences} compareIds={compareIds} proposals={proposals} />
    </aside>
  );
}
