import type { AnalysisResult } from '../analysis/types';
import { formatHa, formatPeople, plural } from './sidebar-format';

/** Ends a sentence with exactly one full stop (engine texts may or may not have one). */
const sentence = (text: string) => text.replace(/\s*\.?\s*$/, '.');

/** Headline figures: population with its range and method, electorate, households, area. */
export function PopulationSection({ result: r }: { result: AnalysisResult }) {
  const pop = r.population;
  const cut = pop.cutUnits.length;
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
        Likely between {formatPeople(pop.low)} and {formatPeople(pop.high)}.
      </p>
      <p className="method">
        <strong>How:</strong> {sentence(pop.method)} {plural(pop.unitsInside, 'output area')} counted whole because their
        population-weighted centre is inside; {plural(cut, 'small area (LSOA)', 'small areas (LSOAs)')} cut by the boundary
        {cut > 0 ? ' give the range when split by area instead' : ''}.
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
