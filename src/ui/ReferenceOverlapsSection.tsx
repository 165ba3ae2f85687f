import type { AnalysisResult } from '../analysis/types';
import { formatHa, formatShare } from './sidebar-format';

/** Overlaps with each reference layer the user loaded (absent when none is loaded). */
export function ReferenceOverlapsSection({ result: r }: { result: AnalysisResult }) {
  if (!r.referenceLayers || r.referenceLayers.length === 0) return null;
  return (
    <section className="results__section" aria-labelledby="reference-overlaps-title" data-testid="reference-overlaps">
      <h3 id="reference-overlaps-title">Your reference layers</h3>
      {r.referenceLayers.map((l) => (
        <div key={l.layerId}>
          <h4>{l.layerName}</h4>
          {l.overlaps.length === 0 ? (
            <p>Overlaps none of its areas.</p>
          ) : (
            <ul className="overlap-list">
              {l.overlaps.map((o, i) => (
                <li key={`${o.name}-${i}`}>
                  <strong>{o.name}</strong>: {formatHa(o.overlapHa)} — {formatShare(o.shareOfFeature)} of it, {formatShare(o.shareOfProposal)} of this proposal
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
