import { useAppStore } from '../../state/store';
import { CompareDifferences } from '../compare/CompareDifferences';
import { CompareTable } from '../compare/CompareTable';
import { MARK_HELP } from '../compare/compare-rows';
import { useCompared } from '../compare/use-compared';
import '../compare/compare.css';

/**
 * The report's "Comparison" section: the proposals chosen under "Compare side by side" (2–4), in the
 * same table as on screen (extremes marked in words and symbols, so it reads in black and white)
 * and the list of their differences. Nothing when fewer than two are chosen.
 */
export function ComparisonReport() {
  const { items, pending } = useCompared();
  const differences = useAppStore((s) => s.differences);
  const compareIds = useAppStore((s) => s.compareIds);
  const proposals = useAppStore((s) => s.proposals);
  if (items.length + pending < 2) return null;
  return (
    <section className="report__comparison" aria-labelledby="report-comparison-title" data-testid="report-comparison">
      <h2 id="report-comparison-title">Comparison</h2>
      {items.length < 2 ? (
        <p>The analysis of the compared proposals has not finished; open the report again in a moment.</p>
      ) : (
        <>
          <p className="report__muted">{MARK_HELP}</p>
          <CompareTable items={items} />
          <CompareDifferences differences={differences} compareIds={compareIds} proposals={proposals} headingLevel={3} />
        </>
      )}
    </section>
  );
}
