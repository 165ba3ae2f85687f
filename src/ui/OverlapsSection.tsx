import type { AnalysisResult } from '../analysis/types';
import { useAppStore } from '../state/store';
import { formatCount } from './format';
import { formatHa, formatShare } from './sidebar-format';
import { useManifest } from './manifest-context';
import { partialCoverage } from './provenance-text';
import { overlapNotes } from './overlap-notes';

/** BIDs, the user's other proposals and existing parishes this proposal overlaps. */
export function OverlapsSection({ result: r }: { result: AnalysisResult }) {
  // The BID file may hold only some of London's BIDs: say so wherever a BID figure is shown.
  const bidCoverage = partialCoverage(useManifest(), 'bids');
  // Residents inside each overlap, from the overlap map's pieces (the engine's best fit on each piece).
  const shapes = useAppStore((s) => s.overlapShapes[r.proposalId]);
  const pieces = shapes?.pieces;
  // Overlaps measured here but not hatched on the map (slivers, uncut shapes, a crossing boundary).
  const notes = shapes ? overlapNotes(shapes) : [];
  const residents = (...keys: string[]) => {
    const piece = pieces?.find((p) => keys.includes(p.key));
    return piece ? <span data-testid="overlap-residents">, {formatCount(piece.residents)} {piece.residents === 1 ? 'resident' : 'residents'}</span> : null;
  };
  return (
    <section className="results__section" aria-labelledby="overlaps-title">
      <h3 id="overlaps-title">Overlaps</h3>
      {notes.map((note) => (
        <p key={note} className="overlap-note" data-testid="overlap-note">
          {note}
        </p>
      ))}
      <h4>Business Improvement Districts</h4>
      {r.bids === null ? (
        <p className="muted" data-testid="bids-missing">
          BID boundaries are not in the data yet.
        </p>
      ) : r.bids.length === 0 ? (
        <p data-testid="bids-none">{bidCoverage ? 'Overlaps none of the BIDs in the data.' : 'Overlaps no BID.'}</p>
      ) : (
        <ul className="overlap-list">
          {r.bids.map((b) => (
            <li key={b.id}>
              <strong>{b.name}</strong>: {formatHa(b.overlapHa)}
              {residents(`bid:${b.id}`, `reference:${b.id}`)} — {formatShare(b.shareOfBid)} of the BID, {formatShare(b.shareOfProposal)} of
              this proposal
              {b.source && <span className="muted"> (from your layer “{b.source}”)</span>}
            </li>
          ))}
        </ul>
      )}
      {r.bids !== null && bidCoverage && (
        <p className="muted provenance provenance--partial" data-testid="bids-partial">
          BID data is partial: {bidCoverage}
        </p>
      )}
      <h4>Your other proposals</h4>
      {r.proposalOverlaps.length === 0 ? (
        <p data-testid="proposal-overlaps-none">Overlaps none of your other proposals.</p>
      ) : (
        <ul className="overlap-list" data-testid="proposal-overlaps">
          {r.proposalOverlaps.map((o) => (
            <li key={o.id}>
              <strong>{o.name}</strong>: {formatHa(o.overlapHa)} shared{residents(`proposal:${o.id}`)} — {formatShare(o.shareOfThis)} of this proposal,{' '}
              {formatShare(o.shareOfOther)} of “{o.name}”
            </li>
          ))}
        </ul>
      )}
      <h4>Existing parishes and neighbourhood areas</h4>
      {r.parishes === null ? (
        <p className="muted">Parish and neighbourhood-area boundaries are not in the data yet.</p>
      ) : r.parishes.length === 0 ? (
        <p>Overlaps none.</p>
      ) : (
        <ul className="overlap-list">
          {r.parishes.map((p) => (
            <li key={`${p.code ?? ''}${p.name}`}>
              <strong>{p.name}</strong> ({p.kind === 'parish' ? 'parish' : 'neighbourhood area'}): {formatHa(p.overlapHa)}
              {residents(`parish:${p.code ?? p.name}`)},{' '}
              {formatShare(p.shareOfParish)} of it
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
