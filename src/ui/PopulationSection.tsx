import type { AnalysisResult } from '../analysis/types';
import { formatHa, formatPeople } from './sidebar-format';

/** Ends a sentence with exactly one full stop (engine texts may or may not have one). */
const sentence = (text: string) => text.replace(/\s*\.?\s*$/, '.');

/** Headline figures: population with its range and method, electorate, households, area. */
export function PopulationSection({ result: r }: { result: AnalysisResult }) {
  const pop = r.population;
  return (
    <section className="results__section" aria-labelledby="population-title">
      <h3 id="population-title">People</h3>
      <p className="figure">
        <span className="figure__value" data-testid="population-estimate">
          {formatPeople(pop.estimate)}
        </span>{' '}
        <span className="figure__label">residents (Census 2021)</span>
      </p>
      <p className="figure__range" data-testid="population-range">
        {pop.low === pop.high ? 'No range: every small area counted lies wholly inside or outside.' : `Likely between ${formatPeople(pop.low)} and ${formatPeople(pop.high)}.`}
      </p>
      <p className="method" data-testid="population-method">
        <strong>How:</strong> {sentence(pop.method)}
        {pop.lsoasSplit > 0 ? ' The range splits the cut LSOAs by their area inside instead.' : ''}
      </p>
      <dl className="facts">
        <dt>Electorate (estimate)</dt>
        <dd data-testid="electorate">{r.electorate.estimate === null ? 'Not available' : formatPeople(r.electorate.estimate)}</dd>
        <dd className="method">{r.electorate.explanation}</dd>
        <dt>Households</dt>
        <dd data-testid="households">{formatPeople(pop.households)}</dd>
        <dt>Area</dt>
        <dd data-testid="area">
          {formatHa(r.areaHa)} · boundary {r.perimeterKm.toFixed(1)} km
        </dd>
      </dl>
    </section>
  );
}
