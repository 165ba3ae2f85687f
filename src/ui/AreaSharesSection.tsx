import type { AreaShare } from '../analysis/types';
import { formatPeople, formatShare } from './sidebar-format';

interface Props {
  title: string;
  /** Singular noun for the unit, e.g. "borough". */
  unit: string;
  shares: AreaShare[];
  /** Rows shown before the rest fold away. */
  open?: number;
}

function ShareTable({ shares, unit }: { shares: AreaShare[]; unit: string }) {
  return (
    <table className="share-table">
      <thead>
        <tr>
          <th scope="col">{unit[0]?.toUpperCase() + unit.slice(1)}</th>
          <th scope="col">Of this proposal</th>
          <th scope="col">Of the {unit}</th>
          <th scope="col">Residents</th>
        </tr>
      </thead>
      <tbody>
        {shares.map((s) => (
          <tr key={s.code}>
            <th scope="row">{s.name}</th>
            <td>{formatShare(s.shareOfProposal)}</td>
            <td>{formatShare(s.shareOfArea)}</td>
            <td>{formatPeople(s.population)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Boroughs or wards touched, with the share of the proposal in each and of each in the proposal. */
export function AreaSharesSection({ title, unit, shares: all, open = 6 }: Props) {
  // Units that only share an edge (overlap under 0.05% of the proposal, nobody counted) are noise
  // from boundaries drawn along an edge: counted, not tabled.
  const shares = all.filter((s) => s.shareOfProposal >= 0.0005 || s.population > 0);
  const edgeOnly = all.length - shares.length;
  const head = shares.slice(0, open);
  const rest = shares.slice(open);
  return (
    <section className="results__section" aria-label={title}>
      <h3>
        {title} <span className="count">({shares.length})</span>
      </h3>
      {shares.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <>
          <ShareTable shares={head} unit={unit} />
          {edgeOnly > 0 && (
            <p className="muted">
              {edgeOnly === 1 ? `1 more ${unit} only touches` : `${edgeOnly} more ${unit}s only touch`} the boundary.
            </p>
          )}
          {rest.length > 0 && (
            <details>
              <summary>{rest.length} more</summary>
              <ShareTable shares={rest} unit={unit} />
            </details>
          )}
        </>
      )}
    </section>
  );
}
