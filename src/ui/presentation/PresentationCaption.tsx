import type { AnalysisResult } from '../../analysis/types';
import { presentedProposals } from '../../state/present-order';
import { PROPOSAL_KINDS, type Proposal } from '../../state/proposals-slice';
import { useAppStore } from '../../state/store';
import { formatHa, formatPeople, formatShare } from '../sidebar-format';

function Figures({ result }: { result: AnalysisResult }) {
  const pop = result.population;
  return (
    <>
      <p className="present-caption__figure">
        <span className="present-caption__value" data-testid="present-population">
          {formatPeople(pop.estimate)}
        </span>{' '}
        <span className="present-caption__unit">residents</span>
      </p>
      <p className="present-caption__range">
        likely {formatPeople(pop.low)}–{formatPeople(pop.high)} (Census 2021)
      </p>
      <p className="present-caption__figure">
        <span className="present-caption__value" data-testid="present-electorate">
          {result.electorate.estimate === null ? 'n/a' : formatPeople(result.electorate.estimate)}
        </span>{' '}
        <span className="present-caption__unit">electors (estimate)</span>
      </p>
      <dl className="present-caption__facts">
        <dt>Area</dt>
        <dd>{formatHa(result.areaHa)}</dd>
        <dt>{result.boroughs.length === 1 ? 'Borough' : 'Boroughs'}</dt>
        <dd data-testid="present-boroughs">
          {result.boroughs.map((b) => `${b.name} ${formatShare(b.shareOfProposal)}`).join(', ') || 'none'}
        </dd>
        <dt>BID overlaps</dt>
        <dd data-testid="present-bids">
          {result.bids === null
            ? 'no BID data'
            : result.bids.length === 0
              ? 'none'
              : result.bids.map((b) => `${b.name} (${formatHa(b.overlapHa)})`).join(', ')}
        </dd>
      </dl>
    </>
  );
}

/** The big caption for the selected proposal: what the room reads from the back. */
export function PresentationCaption({ proposal }: { proposal: Proposal | null }) {
  const entry = useAppStore((s) => (proposal ? s.results[proposal.id] : undefined));
  // Select the stable array and derive from it: a selector returning a new array loops React.
  const proposals = useAppStore((s) => s.proposals);
  const comparing = useAppStore((s) => s.comparing);
  const compareIds = useAppStore((s) => s.compareIds);
  const shown = presentedProposals({ proposals, comparing, compareIds });
  const index = proposal ? shown.findIndex((p) => p.id === proposal.id) : -1;
  if (!proposal) {
    return (
      <section className="present-caption" aria-label="Proposal">
        <p className="present-caption__name">No proposals to show</p>
        <p>Leave presentation mode (Escape) and draw one.</p>
      </section>
    );
  }
  const result = entry?.result?.status === 'analysed' ? entry.result : null;
  return (
    // tabIndex: the caption scrolls on small screens, so keyboard users must be able to reach it (axe).
    <section className="present-caption" aria-labelledby="present-name" aria-live="polite" data-testid="present-caption" tabIndex={0}>
      <p className="present-caption__position">
        {index >= 0 ? `Proposal ${index + 1} of ${shown.length}` : 'Hidden proposal'}
      </p>
      <h2 id="present-name" className="present-caption__name">
        <span className="present-caption__swatch" style={{ background: proposal.colour }} aria-hidden="true" />
        {proposal.name.trim() === '' ? 'Unnamed proposal' : proposal.name}
      </h2>
      <p className="present-caption__kind">{PROPOSAL_KINDS[proposal.kind]}</p>
      {result ? <Figures result={result} /> : <p className="present-caption__range">Analysing…</p>}
    </section>
  );
}
