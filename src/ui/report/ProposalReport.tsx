import type { AnalysisResult, RuleResult } from '../../analysis/types';
import { SERVICE_KINDS, SERVICE_TYPE_IDS } from '../../data/service-kinds';
import { PROPOSAL_KINDS, type Proposal } from '../../state/proposals-slice';
import { formatHa, formatPeople, formatPounds, formatShare } from '../sidebar-format';

const STATUS = { ok: 'Meets the rule', warning: 'Check', fail: 'Does not meet the rule', info: 'For information' } as const;

function Rule({ title, rule }: { title: string; rule: RuleResult<unknown> }) {
  return (
    <tr>
      <th scope="row">{title}</th>
      <td>
        <strong>{STATUS[rule.status]}.</strong> {rule.text}
        <div className="report__cite">{rule.rule}</div>
      </td>
    </tr>
  );
}

/** Areas the boundary only grazes (generalised edges) are left out of the printed table. */
const significant = (a: { shareOfProposal: number; population: number }) => a.shareOfProposal >= 0.005 || a.population > 0;
const edgeOnly = (r: AnalysisResult) => [...r.boroughs, ...r.wards].filter((a) => !significant(a)).length;

/** One proposal's A4 page(s): map, figures, splits, services, overlaps, rules. Black and white friendly. */
export function ProposalReport({ proposal: p, result: r, mapUrl }: { proposal: Proposal; result: AnalysisResult | null; mapUrl: string | null }) {
  return (
    <article className="report__proposal" aria-label={`Report: ${p.name}`}>
      <h2>
        <span className="report__swatch" style={{ borderColor: p.colour }} aria-hidden="true" /> {p.name}
      </h2>
      <p className="report__kind">{PROPOSAL_KINDS[p.kind]}</p>
      {p.notes && <p className="report__notes">{p.notes}</p>}
      {mapUrl ? <img className="report__map" src={mapUrl} alt={`Map of ${p.name} and its surroundings`} /> : <p className="report__muted">Map image not available.</p>}
      {!r ? (
        <p>The analysis of this proposal has not finished; open the report again in a moment.</p>
      ) : (
        <>
          {r.problems.length > 0 && (
            <ul className="report__problems">
              {r.problems.map((x) => (
                <li key={x.code + x.message}>
                  <strong>{x.severity === 'error' ? 'Problem' : x.severity === 'warning' ? 'Warning' : 'Note'}:</strong> {x.message}
                </li>
              ))}
            </ul>
          )}
          <h3>Key figures</h3>
          <table className="report__table">
            <tbody>
              <tr><th scope="row">Area</th><td>{formatHa(r.areaHa)} (perimeter {r.perimeterKm.toLocaleString('en-GB')} km)</td></tr>
              <tr><th scope="row">Population</th><td>{formatPeople(r.population.estimate)} (range {formatPeople(r.population.low)} to {formatPeople(r.population.high)}). Method: {r.population.method}</td></tr>
              <tr><th scope="row">Electorate (estimate)</th><td>{r.electorate.estimate === null ? 'Not available' : formatPeople(r.electorate.estimate)}. {r.electorate.explanation}</td></tr>
              <tr><th scope="row">Households</th><td>{formatPeople(r.population.households)} (Census 2021)</td></tr>
            </tbody>
          </table>
          <h3>Boroughs and wards</h3>
          <table className="report__table report__table--grid">
            <thead><tr><th>Area</th><th>Share of proposal</th><th>Share of the area inside</th><th>Residents</th></tr></thead>
            <tbody>
              {[...r.boroughs.map((b) => ({ ...b, type: 'Borough' })), ...r.wards.map((w) => ({ ...w, type: 'Ward' }))].filter(significant).map((a) => (
                <tr key={`${a.type}${a.code}`}>
                  <td>{a.type}: {a.name}</td><td>{formatShare(a.shareOfProposal)}</td><td>{formatShare(a.shareOfArea)}</td><td>{formatPeople(a.population)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {edgeOnly(r) > 0 && <p className="report__muted">{edgeOnly(r)} more area{edgeOnly(r) === 1 ? '' : 's'} touched only at the edge (under 0.5% of the proposal, no residents) not listed.</p>}
          <h3>Services inside</h3>
          <ul className="report__list">
            {SERVICE_TYPE_IDS.filter((t) => r.services.byType[t]).map((t) => {
              const s = r.services.byType[t];
              const names = (s?.inside ?? []).map((x) => x.name ?? 'unnamed');
              return (
                <li key={t}>
                  <strong>{SERVICE_KINDS[t].plural}: {names.length}</strong>
                  {names.length > 0 && ` — ${names.slice(0, 8).join(', ')}${names.length > 8 ? `, and ${names.length - 8} more` : ''}`}
                  {names.length === 0 && s?.nearestOutside && ` — nearest outside: ${s.nearestOutside.name ?? 'unnamed'}, ${Math.round(s.nearestOutside.distanceM)} m`}
                </li>
              );
            })}
          </ul>
          {r.services.missingTypes.length > 0 && <p className="report__muted">Not in the data: {r.services.missingTypes.map((t) => SERVICE_KINDS[t].plural).join(', ')}.</p>}
          <h3>Overlaps</h3>
          <ul className="report__list">
            <li><strong>Business Improvement Districts:</strong> {r.bids === null ? 'no BID data loaded' : r.bids.length === 0 ? 'none' : r.bids.map((b) => `${b.name} (${formatHa(b.overlapHa)}, ${formatShare(b.shareOfBid)} of the BID, ${formatShare(b.shareOfProposal)} of this proposal${b.source ? `; from your layer “${b.source}”` : ''})`).join('; ')}</li>
            {(r.referenceLayers ?? []).map((l) => (
              <li key={l.layerId}><strong>Reference layer “{l.layerName}”:</strong> {l.overlaps.length === 0 ? 'none' : l.overlaps.map((o) => `${o.name} (${formatHa(o.overlapHa)}, ${formatShare(o.shareOfFeature)} of it, ${formatShare(o.shareOfProposal)} of this proposal)`).join('; ')}</li>
            ))}
            <li><strong>Other proposals:</strong> {r.proposalOverlaps.length === 0 ? 'none' : r.proposalOverlaps.map((o) => `${o.name} (${formatHa(o.overlapHa)}, ${formatShare(o.shareOfThis)} of this proposal)`).join('; ')}</li>
            <li><strong>Existing parishes and neighbourhood areas:</strong> {r.parishes === null ? 'no data loaded' : r.parishes.length === 0 ? 'none' : r.parishes.map((x) => `${x.name} (${formatHa(x.overlapHa)})`).join('; ')}</li>
          </ul>
          <h3>Governance</h3>
          <table className="report__table">
            <tbody>
              <Rule title="One principal council area" rule={r.governance.singleBorough} />
              <Rule title="Petition for a review" rule={r.governance.petition} />
              <Rule title="Parish councillors" rule={r.governance.councillors} />
              <Rule title={`Precept (${formatPounds(r.governance.precept.value)} a year)`} rule={r.governance.precept} />
            </tbody>
          </table>
        </>
      )}
    </article>
  );
}
