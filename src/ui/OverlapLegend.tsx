import { useId } from 'react';
import { OVERLAP_KINDS } from '../analysis/overlap-shapes';
import { useAppStore } from '../state/store';
import { OVERLAP_KIND_STYLES, hatchCss } from '../theme/overlap-kinds';
import { formatCount } from './format';

/** How many overlap pieces the map holds now, across visible proposals (a proposal pair counted once per side). */
function usePieceCount(): number {
  const shapes = useAppStore((s) => s.overlapShapes);
  return Object.values(shapes).reduce((n, r) => n + r.pieces.length, 0);
}

/**
 * The hatch key: one row per overlap kind on the map now, its pattern and colour beside its name
 * (shared by both legends; kinds not on the map are left out so a projector legend stays short).
 */
export function OverlapKindList({ className = 'legend__list' }: { className?: string }) {
  const shapes = useAppStore((s) => s.overlapShapes);
  const present = OVERLAP_KINDS.filter((kind) => Object.values(shapes).some((r) => r.pieces.some((p) => p.kind === kind)));
  if (present.length === 0) return <p className="muted">No overlaps on the map.</p>;
  return (
    <ul className={className}>
      {present.map((kind) => {
        const style = OVERLAP_KIND_STYLES[kind];
        return (
          <li key={kind} data-overlap-kind={kind}>
            <span className="swatch swatch--hatch" style={{ background: hatchCss(style), borderColor: style.colour }} aria-hidden="true" />
            {style.label}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Layer-panel row for the overlap map: the switch (state overlapsShown) and its legend. The figures
 * on the map are the engine's overlap area and the best-fit residents inside each piece.
 */
export function OverlapToggle() {
  const id = useId();
  const on = useAppStore((s) => s.overlapsShown);
  const setOn = useAppStore((s) => s.setOverlapsShown);
  const count = usePieceCount();
  return (
    <li className="layer-row" data-layer="overlaps">
      <input id={id} type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
      <label htmlFor={id}>
        Overlaps (hatched) <span className="muted">({formatCount(count)} on the map; area · residents, Census 2021)</span>
      </label>
      {on && (
        <figure className="legend" aria-label="Overlap legend">
          <OverlapKindList />
        </figure>
      )}
    </li>
  );
}
