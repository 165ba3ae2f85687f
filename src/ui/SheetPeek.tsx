import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { markOnce } from '../perf/marks';
import { useAppStore } from '../state/store';
import { formatPeople } from './sidebar-format';
import { TONE_MARK, useSelectedResultMessages } from './ResultMessages';
import { peekSummary } from './result-messages';

/** The headline figure for the peek: the population, or why there is none yet, in words. */
function usePeekFigure(): { text: string; ready: boolean } {
  return useAppStore(
    useShallow((s) => {
    const p = s.proposals.find((q) => q.id === s.selectedId);
    if (!p) return { text: s.proposals.length === 0 ? 'No proposals yet: draw one with the tools above.' : 'Pick a proposal.', ready: false };
    if (p.hidden) return { text: 'Hidden', ready: false };
    if (!p.geometry) return { text: 'No shape yet', ready: false };
    const entry = s.results[p.id];
    const r = entry?.result;
    if (r?.status === 'analysed') return { text: `${formatPeople(r.population.estimate)} residents`, ready: true };
    if (entry?.status === 'error') return { text: 'Analysis failed', ready: false };
    return { text: s.engineStatus === 'loading' ? 'Loading data…' : 'Analysing…', ready: false };
    }),
  );
}

/**
 * The messages, as a count and one title, so a phone user sees them without opening the sheet: the
 * notices (NoticeList: restore problems, share-link imports, save failures, zoom hints) and the
 * selected proposal's result warnings and notes (ResultMessages: split boroughs, overlaps, partial
 * data...). The title is the most serious one (peekSummary). A tap opens the sheet at them.
 */
function PeekMessages({ onShow }: { onShow: () => void }) {
  const notices = useAppStore((s) => s.notices);
  const summary = peekSummary(notices, useSelectedResultMessages());
  // 'none' = no shape selected; 'pending' = a shape without its result yet; 'ready' = analysed.
  const analysis = useAppStore((s) => {
    const p = s.proposals.find((q) => q.id === s.selectedId);
    if (!p?.geometry || p.hidden) return 'none';
    return s.results[p.id]?.result ? 'ready' : 'pending';
  });
  if (!summary) {
    if (analysis === 'none') return null;
    // The row stays while a shape is shown, so the peek keeps its height when the result arrives
    // (camera fits pad for the peek: a row appearing later would cover the shape's lower edge).
    return (
      <p className="sheet-peek__messages sheet-peek__messages--none" data-testid="peek-no-messages">
        {analysis === 'pending' ? 'Checking for warnings…' : '✔ No warnings'}
      </p>
    );
  }
  const { count, tone, title } = summary;
  return (
    <button type="button" className={`sheet-peek__messages sheet-peek__messages--${tone}`} onClick={onShow} data-testid="peek-messages">
      <span aria-hidden="true">{TONE_MARK[tone]} </span>
      <strong>
        {count} {count === 1 ? 'message' : 'messages'}:
      </strong>{' '}
      {title}
    </button>
  );
}

/**
 * What a phone shows of the results without opening the sheet: the selected proposal (a native
 * picker, the compact proposal list), its population, and any messages (`onShowMessages` opens the
 * sheet at them).
 */
export function SheetPeek({ onShowMessages }: { onShowMessages: () => void }) {
  const proposals = useAppStore((s) => s.proposals);
  const selectedId = useAppStore((s) => s.selectedId);
  const selectProposal = useAppStore((s) => s.selectProposal);
  const figure = usePeekFigure();
  const named = proposals.some((p) => p.id === selectedId);
  // Start-up timing (src/perf/marks.ts): the first view needs the name; results may follow.
  useEffect(() => {
    if (named) markOnce('peek-named');
    if (figure.ready) markOnce('results-shown');
  }, [named, figure.ready]);
  return (
    <>
      <div className="sheet-peek">
        {proposals.length > 0 && (
          <select
            className="sheet-peek__picker"
            aria-label="Selected proposal"
            value={selectedId ?? ''}
            onChange={(e) => e.target.value && selectProposal(e.target.value)}
          >
            {selectedId === null && <option value="">Pick a proposal…</option>}
            {proposals.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name.trim() === '' ? 'Unnamed proposal' : p.name}
              </option>
            ))}
          </select>
        )}
        <p className={`sheet-peek__figure${figure.ready ? '' : ' sheet-peek__figure--pending'}`} data-testid="sheet-population" aria-live="polite">
          {figure.text}
        </p>
      </div>
      <PeekMessages onShow={onShowMessages} />
    </>
  );
}
