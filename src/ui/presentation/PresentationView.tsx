import type { Manifest } from '../../data/schema';
import { stepPresented } from '../../state/present-order';
import { useAppStore } from '../../state/store';
import { CompareTable } from '../compare/CompareTable';
import { useCompared } from '../compare/use-compared';
import { PresentationCaption } from './PresentationCaption';
import { PresentationLegend } from './PresentationLegend';
import { stopPresenting } from './use-presentation-keys';
import './presentation.css';

/** Presentation mode over the full-screen map: caption, legend and the few controls a meeting needs. */
export function PresentationView({ manifest }: { manifest: Manifest }) {
  const proposal = useAppStore((s) => s.proposals.find((p) => p.id === s.selectedId) ?? null);
  const comparing = useAppStore((s) => s.comparing);
  const { items } = useCompared();
  const step = (direction: 1 | -1) => {
    const s = useAppStore.getState();
    const next = stepPresented(s, s.selectedId, direction);
    if (next) s.selectProposal(next);
  };
  return (
    <div className="presentation" data-testid="presentation">
      {comparing && items.length >= 2 ? (
        <section className="present-caption present-caption--compare" aria-label="Comparison" data-testid="present-compare" tabIndex={0}>
          <CompareTable items={items} />
        </section>
      ) : (
        <PresentationCaption proposal={proposal} />
      )}
      <PresentationLegend manifest={manifest} />
      <nav className="present-controls" aria-label="Presentation controls">
        <button type="button" onClick={() => step(-1)} aria-keyshortcuts="ArrowLeft">
          ← Previous
        </button>
        <button type="button" onClick={() => step(1)} aria-keyshortcuts="ArrowRight">
          Next →
        </button>
        <button type="button" onClick={stopPresenting} aria-keyshortcuts="Escape">
          Leave presentation (Esc)
        </button>
      </nav>
    </div>
  );
}
