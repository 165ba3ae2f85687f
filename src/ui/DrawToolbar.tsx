import type { Mode } from '../state/mode-slice';
import { DRAW_TOOLS, type DrawTool } from '../state/mode-slice';
import { useAppStore } from '../state/store';
import type { Layout } from './use-layout';
import { WardPicker } from './WardPicker';
import { buildCueText } from './build-cue';

/** What to do next, in plain words, for each mode (with a mouse). */
function mouseHint(mode: Mode): string {
  switch (mode.kind) {
    case 'browse':
      return 'Pick a tool to draw a proposal, or click a proposal to edit it.';
    case 'draw':
      return mode.tool === 'polygon'
        ? 'Click to add corners. Click the first corner, double-click or press Enter to finish. Escape cancels.'
        : mode.tool === 'freehand'
          ? 'Click, move the pointer around the area, and click again to finish. Escape cancels.'
          : 'Click one corner, then the opposite corner. Escape cancels.';
    case 'edit':
      return 'Drag the shape or its corners; drag a mid-point to add a corner. Click a corner and press Delete to remove it. Escape when done.';
    case 'build':
      return mode.layer === 'wards'
        ? 'Click wards to add or remove them (zoom in to see ward outlines), or find them by name in the list below. Escape when done.'
        : 'Click small areas to add or remove them (zoom 13 or closer). Escape when done.';
  }
}

/** The same, for a finger: tap instead of click, and no keyboard. */
function touchHint(mode: Mode): string {
  switch (mode.kind) {
    case 'browse':
      return 'Pick a tool to draw. Tap a place to name it, a proposal to edit it.';
    case 'draw':
      return mode.tool === 'polygon'
        ? 'Tap to add corners. Tap the first corner, double-tap or press ✓ Finish to finish.'
        : mode.tool === 'freehand'
          ? 'Tap, then tap again to finish the outline.'
          : 'Tap one corner, then the opposite corner.';
    case 'edit':
      return 'Drag the shape or its corners; drag a mid-point to add a corner. Browse when done.';
    case 'build':
      return mode.layer === 'wards' ? 'Tap wards to add or remove them, or Find a ward by name. Browse when done.' : 'Tap small areas to add or remove them (zoom in). Browse when done.';
  }
}

const TOOL_LABELS = { polygon: 'Draw a polygon', freehand: 'Draw freehand', rectangle: 'Draw a rectangle' } as const satisfies Record<DrawTool, string>;

/** Drawing tools. Sets the mode in the store; the map (src/map/draw) follows it. */
export function DrawToolbar({ layout = 'wide' }: { layout?: Layout }) {
  const mode = useAppStore((s) => s.mode);
  const setMode = useAppStore((s) => s.setMode);
  const snapping = useAppStore((s) => s.snapping);
  const setSnapping = useAppStore((s) => s.setSnapping);
  const selected = useAppStore((s) => s.proposals.find((p) => p.id === s.selectedId) ?? null);
  const deleteProposal = useAppStore((s) => s.deleteProposal);
  const cue = useAppStore((s) => (s.mode.kind === 'build' ? s.buildHoverCue : null));

  const buildTarget = selected?.builtFrom ? selected.id : null;
  return (
    <section className="draw-toolbar" aria-label="Drawing tools">
      <div className="draw-toolbar__buttons" role="toolbar" aria-label="Drawing tools" data-covers-map="">
        <button type="button" aria-label="Browse the map" aria-pressed={mode.kind === 'browse'} onClick={() => setMode({ kind: 'browse' })}>
          Browse
        </button>
        {(Object.keys(DRAW_TOOLS) as DrawTool[]).map((tool) => (
          <button
            key={tool}
            type="button"
            aria-label={TOOL_LABELS[tool]}
            aria-pressed={mode.kind === 'draw' && mode.tool === tool}
            onClick={() => setMode({ kind: 'draw', tool })}
          >
            {DRAW_TOOLS[tool]}
          </button>
        ))}
        <button
          type="button"
          // Named by its visible text (WCAG 2.5.3 label in name); the title says what it acts on.
          title="Edit the selected proposal's shape"
          aria-pressed={mode.kind === 'edit'}
          disabled={selected?.geometry?.type !== 'Polygon'}
          onClick={() => selected && setMode({ kind: 'edit', proposalId: selected.id })}
        >
          Edit shape
        </button>
        <button
          type="button"
          aria-label="Build from wards"
          aria-pressed={mode.kind === 'build' && mode.layer === 'wards'}
          onClick={() => setMode({ kind: 'build', layer: 'wards', proposalId: selected?.builtFrom?.layer === 'wards' ? buildTarget : null })}
        >
          Wards
        </button>
        <button
          type="button"
          aria-label="Build from small areas"
          aria-pressed={mode.kind === 'build' && mode.layer === 'lsoa'}
          onClick={() => setMode({ kind: 'build', layer: 'lsoa', proposalId: selected?.builtFrom?.layer === 'lsoa' ? buildTarget : null })}
        >
          Small areas
        </button>
        <label className="draw-toolbar__toggle">
          <input type="checkbox" checked={snapping} onChange={(e) => setSnapping(e.target.checked)} />
          Snap to boundaries
        </label>
        <button type="button" aria-label="Delete the selected proposal" disabled={!selected} onClick={() => selected && deleteProposal(selected.id)}>
          Delete
        </button>
      </div>
      <p className="draw-toolbar__hint" role="status" data-covers-map="">
        {cue ? `${buildCueText(cue, layout)}.` : layout === 'phone' ? touchHint(mode) : mouseHint(mode)}
      </p>
      {mode.kind === 'build' && mode.layer === 'wards' && layout !== 'phone' && <WardPicker />}
    </section>
  );
}
