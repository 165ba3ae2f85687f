import type { Manifest } from '../../data/schema';
import { presentedProposals } from '../../state/present-order';
import { useAppStore } from '../../state/store';
import { patternOf } from '../compare/CompareDifferences';
import { OverlapKindList } from '../OverlapLegend';
import { overlapNotes } from '../overlap-notes';
import { OVERLAPS_KEY, layerKeys } from './layer-keys';

/** Always-visible legend in presentation mode: the proposals shown (only the compared ones while comparing) by colour *and* name, layers with their number key. */
export function PresentationLegend({ manifest }: { manifest: Manifest }) {
  const visibility = useAppStore((s) => s.layerVisibility);
  const setVisible = useAppStore((s) => s.setLayerVisible);
  const overlapsShown = useAppStore((s) => s.overlapsShown);
  const setOverlapsShown = useAppStore((s) => s.setOverlapsShown);
  const selectedId = useAppStore((s) => s.selectedId);
  // Select the stable inputs and derive: a selector returning a new array loops React.
  const proposals = useAppStore((s) => s.proposals);
  const comparing = useAppStore((s) => s.comparing);
  const compareIds = useAppStore((s) => s.compareIds);
  const shown = presentedProposals({ proposals, comparing, compareIds });
  const differences = useAppStore((s) => (s.comparing ? s.differences?.result : null));
  const pieces = differences?.problem ? [] : (differences?.pieces ?? []);
  // What the shown proposal overlaps but the map cannot hatch (its figures are in the caption and results).
  const shownShapes = useAppStore((s) => (s.selectedId ? s.overlapShapes[s.selectedId] : undefined));
  const notes = overlapsShown && shownShapes ? overlapNotes(shownShapes, 'in the results panel') : [];
  return (
    <aside className="present-legend" aria-label="Legend">
      <h2>Proposals</h2>
      <ul className="present-legend__list">
        {shown.map((p) => (
          <li key={p.id} className={p.id === selectedId ? 'present-legend__current' : undefined}>
            <span className="present-legend__swatch" style={{ borderColor: p.colour, background: `${p.colour}55` }} aria-hidden="true" />
            {p.name.trim() === '' ? 'Unnamed proposal' : p.name}
            {p.id === selectedId ? ' (shown)' : ''}
          </li>
        ))}
      </ul>
      {pieces.length > 0 && (
        <>
          <h2>Differences (hatched)</h2>
          <ul className="present-legend__list" data-testid="present-differences">
            {pieces.map((piece) => (
              <li key={piece.key}>
                <span className="present-legend__swatch present-legend__swatch--hatch" style={{ backgroundImage: `url(${patternOf(piece, compareIds, proposals).url})` }} aria-hidden="true" />
                {piece.label}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Layers (press the number)</h2>
      <ul className="present-legend__list">
        {layerKeys(manifest).map(({ key, layer, title }) => (
          <li key={layer}>
            <label>
              <input type="checkbox" checked={visibility[layer]} onChange={(e) => setVisible(layer, e.target.checked)} />
              <kbd>{key}</kbd> <span>{title}</span>
            </label>
          </li>
        ))}
        <li>
          <label>
            <input type="checkbox" checked={overlapsShown} onChange={(e) => setOverlapsShown(e.target.checked)} />
            <kbd>{OVERLAPS_KEY}</kbd> <span>Overlaps (hatched: area · residents)</span>
          </label>
        </li>
      </ul>
      {overlapsShown && (
        <>
          <h2>Overlaps</h2>
          <OverlapKindList className="present-legend__list" />
          {notes.map((note) => (
            <p key={note} className="present-legend__note" data-testid="present-overlap-note">
              {note}
            </p>
          ))}
        </>
      )}
    </aside>
  );
}
