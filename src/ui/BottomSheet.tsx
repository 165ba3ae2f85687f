import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import { SheetPeek } from './SheetPeek';

export type SheetState = 'peek' | 'full';

/** A drag shorter than this (CSS px) is a tap: it toggles the sheet. */
const TAP_SLOP_PX = 8;
/** A drag longer than this (CSS px) up or down opens or closes the sheet. */
const SNAP_PX = 40;

interface Drag {
  pointerId: number;
  startY: number;
  startHeight: number;
  moved: boolean;
}

/**
 * The phone's results panel: a sheet at the bottom of the screen. "peek" shows the handle, the
 * selected proposal and its population (the map keeps the rest of the screen; camera fits pad for
 * this box: data-covers-map, see src/map/camera-padding.ts); "full" shows everything, scrolling inside the sheet. Drag the
 * handle up or down, or tap it.
 */
export function BottomSheet({ label, children }: { label: string; children: ReactNode }) {
  const [state, setState] = useState<SheetState>('peek');
  const sheetRef = useRef<HTMLElement>(null);
  const drag = useRef<Drag | null>(null);
  // The click that follows a drag's pointerup must not toggle the sheet back.
  const justDragged = useRef(false);
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const topRef = useRef<HTMLDivElement>(null);
  // Set by the peek's messages button: once the sheet is open, scroll its body to the messages.
  const [revealMessages, setRevealMessages] = useState(0);
  useEffect(() => {
    if (revealMessages === 0 || state !== 'full') return;
    sheetRef.current?.querySelector('.notice-list, .result-messages')?.scrollIntoView({ block: 'start' });
  }, [revealMessages, state]);

  // The peek's height (CSS px) as --sheet-peek on the app, so the map's bottom controls and the
  // place card sit above it.
  useEffect(() => {
    // When the phone's results peek first appears (the first-view timing test reads this mark).
    if (performance.getEntriesByName('ldm:sheet-peek').length === 0) performance.mark('ldm:sheet-peek');
    const top = topRef.current;
    const app = sheetRef.current?.parentElement;
    if (!top || !app) return undefined;
    const observer = new ResizeObserver(() => app.style.setProperty('--sheet-peek', `${Math.ceil(top.getBoundingClientRect().height)}px`));
    observer.observe(top);
    return () => {
      observer.disconnect();
      app.style.removeProperty('--sheet-peek');
    };
  }, []);

  const onPointerDown = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { pointerId: e.pointerId, startY: e.clientY, startHeight: sheet.getBoundingClientRect().height, moved: false };
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const dy = e.clientY - d.startY;
    if (Math.abs(dy) > TAP_SLOP_PX) d.moved = true;
    // The sheet follows the finger, between its peek height and 90% of the window.
    if (d.moved) setDragHeight(Math.max(0, Math.min(window.innerHeight * 0.9, d.startHeight - dy)));
  };
  const onPointerUp = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    setDragHeight(null);
    const dy = e.clientY - d.startY;
    justDragged.current = d.moved;
    if (!d.moved) return; // a tap: the click handler toggles
    if (dy < -SNAP_PX) setState('full');
    else if (dy > SNAP_PX) setState('peek');
  };
  const onClick = () => {
    if (justDragged.current) {
      justDragged.current = false;
      return;
    }
    setState((s) => (s === 'peek' ? 'full' : 'peek'));
  };
  const onPointerCancel = () => {
    drag.current = null;
    setDragHeight(null);
  };

  return (
    <aside
      ref={sheetRef}
      className="sidebar sidebar--sheet"
      aria-label={label}
      data-sheet={dragHeight === null ? state : 'dragging'}
      data-covers-map=""
      style={dragHeight === null ? undefined : { height: `${dragHeight}px` }}
    >
      <div ref={topRef} className="sheet-top" data-sheet-peek>
        <button
          type="button"
          className="sheet-handle"
          aria-expanded={state === 'full'}
          aria-label={state === 'full' ? 'Show less of the results' : 'Show all the results'}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerCancel}
          onClick={onClick}
        >
          <span className="sheet-handle__bar" aria-hidden="true" />
        </button>
        <SheetPeek
          onShowMessages={() => {
            setState('full');
            setRevealMessages((n) => n + 1);
          }}
        />
      </div>
      <div className="sheet-body">{children}</div>
    </aside>
  );
}
