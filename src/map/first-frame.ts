import type { Map as MapLibreMap } from 'maplibre-gl';
import { markOnce } from '../perf/marks';
import { HELD_CLASS, canvasHeld } from './canvas-hold';
import { markShown } from './paint-marks';

/**
 * The map's first view appears whole, at once: its canvas is held back (hidden, and drawn at a tiny
 * resolution) until the borough outlines and any shared or saved proposals have loaded, then shown
 * and drawn once at full resolution. Why: without a GPU (a phone-class CPU with a software renderer,
 * headless Chromium) a full frame costs the renderer 0.1–0.5 s at a phone's device pixel ratio, and
 * the page's main thread waits for it when it reads the frame back to show it. While loading,
 * MapLibre draws a frame for each batch of tiles that arrives: the outlines and a shared proposal
 * took a dozen full frames, none of them the complete view. Held, those frames cost next to nothing.
 */

/** Longest hold, ms: the map is shown after this whatever has loaded, so it is never left blank. */
export const HOLD_TIMEOUT_MS = 6_000;

/**
 * Drawing-buffer pixels per CSS pixel while held: MapLibre still loads and lays out every tile for
 * the real viewport (its size is in CSS px), but each frame fills only ~1/400 of the pixels.
 */
const HELD_PIXEL_RATIO = 0.1;

export function holdCanvas(map: MapLibreMap): void {
  map.getCanvas().classList.add(HELD_CLASS);
  map.setPixelRatio(HELD_PIXEL_RATIO);
}

/**
 * Shows the canvas once `complete` resolves (or after HOLD_TIMEOUT_MS), drawn at the device's pixel
 * ratio. What the first full frame holds is marked (paint-marks.ts) once the page has composited it.
 */
export function revealCanvasWhen(map: MapLibreMap, complete: Promise<void>): void {
  // A map removed while held (React StrictMode mounts twice in development) is left alone.
  let removed = false;
  map.once('remove', () => (removed = true));
  const reveal = () => {
    if (removed || !canvasHeld(map)) return;
    map.getCanvas().classList.remove(HELD_CLASS);
    // null hands the pixel ratio back to the browser's devicePixelRatio (MapLibre's documented
    // reset), so the map follows later changes (browser zoom, another screen); its type says number.
    map.setPixelRatio(null as unknown as number);
    map.triggerRepaint();
    // MapLibre draws the full frame in the next animation frame, before this callback (it asked
    // first); the page then composites it, and the nested callback runs at the frame after that.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        markOnce('canvas-shown');
        markShown();
      }),
    );
  };
  void complete.then(reveal, reveal);
  setTimeout(reveal, HOLD_TIMEOUT_MS);
}
