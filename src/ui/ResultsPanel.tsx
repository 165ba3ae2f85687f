import { useAppStore } from '../state/store';
import type { Proposal } from '../state/proposals-slice';
import type { AnalysisResult } from '../analysis/types';
import { PopulationSection } from './PopulationSection';
import { AreaSharesSection } from './AreaSharesSection';
import { ServicesSection } from './ServicesSection';
import { OverlapsSection } from './OverlapsSection';
import { ReferenceOverlapsSection } from './ReferenceOverlapsSection';
import { GovernancePanel } from './GovernancePanel';

function Problems({ result }: { result: AnalysisResult }) {
  if (result.problems.length === 0) return null;
  return (
    <ul className="problem-list" aria-label="Problems with this shape">
      {result.problems.map((p) => (
        <li key={p.code} className={`problem problem--${p.severity}`}>
          {p.message}
        </li>
      ))}
    </ul>
  );
}

function Figures({ result, proposal }: { result: AnalysisResult; proposal: Proposal }) {
  return (
    <>
      <Problems result={result} />
      {result.status === 'analysed' && (
        <>
          <PopulationSection result={result} />
          <AreaSharesSection title="Boroughs" unit="borough" shares={result.boroughs} />
          <AreaSharesSection title="Wards" unit="ward" shares={result.wards} />
          <ServicesSection services={result.services} />
          <OverlapsSection result={result} />
          <ReferenceOverlapsSection result={result} />
          <GovernancePanel governance={result.governance} kind={proposal.kind} />
        </>
      )}
    </>
  );
}

/** Why there are no figures, in words; null when there is a result to show. */
function emptyReason(proposal: Proposal, engine: string, engineError: string | null, hasResult: boolean): string | null {
  if (proposal.hidden) return 'This proposal is hidden. Show it to see its results.';
  if (!proposal.geometry) return 'No shape yet: draw one on the map, or click wards to build it.';
  if (engine === 'error') return `The analysis could not start: ${engineError ?? 'unknown error'}.`;
  if (!hasResult) return engine === 'loading' ? 'Loading London’s data for the analysis…' : 'Analysing…';
  return null;
}

/** Live results for the selected proposal, fed by the analysis worker. */
export function ResultsPanel({ proposal }: { proposal: Proposal }) {
  const entry = useAppStore((s) => s.results[proposal.id]);
  const engine = useAppStore((s) => s.engineStatus);
  const engineError = useAppStore((s) => s.engineError);
  const result = entry?.result ?? null;
  const reason = emptyReason(proposal, engine, engineError, result !== null);
  const updating = entry?.status === 'pending' && result !== null;
  return (
    <section
      className={`sidebar__section results${updating ? ' results--updating' : ''}`}
      aria-labelledby="results-title"
      aria-busy={entry?.status === 'pending'}
      data-testid="results"
      data-status={entry?.status ?? 'none'}
    >
      <h2 id="results-title">
        {proposal.name.trim() === '' ? 'What this proposal would mean' : `What “${proposal.name}” would mean`}{' '}
        <span className="results__updating" role="status">
          {updating ? 'updating…' : ''}
        </span>
      </h2>
      {entry?.status === 'error' && <p className="problem problem--error">The analysis failed: {entry.error}</p>}
      {reason !== null ? <p className="sidebar__hint">{reason}</p> : result && <Figures result={result} proposal={proposal} />}
    </section>
  );
}
