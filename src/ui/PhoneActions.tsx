import { useState } from 'react';
import { useAppStore } from '../state/store';
import { WardPicker } from './WardPicker';

/** A polygon needs this many corners before it can be finished (terra-draw's own minimum). */
const MIN_CORNERS = 3;

/**
 * The phone's top bar, under the Layers button: undo and redo (a phone has no Ctrl+Z, and the
 * sheet's header is out of reach while it peeks), and while a polygon is being drawn a Finish
 * button, for fingers that miss the first corner; while building from wards a "Find a ward"
 * button that opens the ward list (search, add, remove) above the results peek. Every button is
 * 44×44 CSS px or more (layout-phone.css).
 */
export function PhoneActions() {
  const canUndo = useAppStore((s) => s.canUndo);
  const canRedo = useAppStore((s) => s.canRedo);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const drawingPolygon = useAppStore((s) => s.mode.kind === 'draw' && s.mode.tool === 'polygon');
  const corners = useAppStore((s) => s.drawCorners);
  const requestFinishDrawing = useAppStore((s) => s.requestFinishDrawing);
  const buildingWards = useAppStore((s) => s.mode.kind === 'build' && s.mode.layer === 'wards');
  const [listOpen, setListOpen] = useState(false);
  // The list belongs to building from wards: leaving that mode closes it.
  const showList = listOpen && buildingWards;
  return (
    <>
      <div className="phone-actions" data-covers-map="">
        <div className="phone-actions__history" role="group" aria-label="Undo and redo">
          <button type="button" onClick={undo} disabled={!canUndo} aria-label="Undo">
            ↶
          </button>
          <button type="button" onClick={redo} disabled={!canRedo} aria-label="Redo">
            ↷
          </button>
        </div>
        {drawingPolygon && (
          <button
            type="button"
            className="phone-actions__finish"
            onClick={requestFinishDrawing}
            disabled={corners < MIN_CORNERS}
            aria-label="Finish the polygon"
            title={corners < MIN_CORNERS ? `Tap at least ${MIN_CORNERS} corners first` : undefined}
          >
            ✓ Finish
          </button>
        )}
        {buildingWards && (
          <button type="button" className="phone-actions__wards" aria-expanded={showList} onClick={() => setListOpen(!showList)}>
            {showList ? 'Hide list' : 'Find a ward'}
          </button>
        )}
      </div>
      {showList && <WardPicker phone onClose={() => setListOpen(false)} />}
    </>
  );
}
