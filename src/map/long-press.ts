import type { LngLat, Map as MapLibreMap } from 'maplibre-gl';

/** How long (ms) a finger rests on the map before it is a long press (Android's long-press timeout). */
export const LONG_PRESS_MS = 500;
/** A finger that moves farther than this (CSS px) before then is panning, not pressing. */
const MOVE_SLOP_PX = 10;
/** Events that follow a long press's lift and would otherwise act as a tap (add a ward or a corner, open a card). */
const TAP_EVENTS = ['pointerup', 'click', 'contextmenu'] as const;

export interface PressPoint {
  /** Map canvas CSS px. */
  point: { x: number; y: number };
  /** EPSG:4326. */
  lngLat: LngLat;
}

/**
 * A long press on the map (one finger held still for 500 ms): calls `onLongPress` with where it is,
 * and swallows the lift that ends it, so in build and draw modes, where a tap adds a ward or a
 * corner, a long press only shows what is there. Listens in the capture phase on the map's
 * container, before MapLibre and terra-draw (which listens on the canvas inside it).
 */
export function attachLongPress(map: MapLibreMap, onLongPress: (press: PressPoint) => void): () => void {
  const container = map.getContainer();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let start: { x: number; y: number } | null = null;
  // timeStamp (ms) of the touch that started the press.
  let startedAt = 0;
  // True from the moment a long press fires until the next finger comes down.
  let pressed = false;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    start = null;
  };
  const onTouchStart = (event: TouchEvent) => {
    pressed = false;
    cancel();
    const touch = event.touches[0];
    if (event.touches.length !== 1 || !touch) return; // two fingers: a pinch
    start = { x: touch.clientX, y: touch.clientY };
    startedAt = event.timeStamp;
    const at = start;
    timer = setTimeout(() => {
      timer = undefined;
      pressed = true;
      const rect = map.getCanvas().getBoundingClientRect();
      const point = { x: at.x - rect.left, y: at.y - rect.top };
      onLongPress({ point, lngLat: map.unproject([point.x, point.y]) });
    }, LONG_PRESS_MS);
  };
  const onTouchMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (!start) return;
    if (event.touches.length !== 1 || !touch || Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > MOVE_SLOP_PX) cancel();
  };
  const swallow = (event: Event) => {
    // A busy main thread can run the timer before it handles a lift that came sooner: by the events'
    // own clock that was a tap, so let it act as one.
    if (pressed && event.type === 'pointerup' && event.timeStamp - startedAt < LONG_PRESS_MS) pressed = false;
    if (!pressed) return;
    event.stopPropagation();
    event.preventDefault();
  };

  const options = { capture: true, passive: true } as const;
  container.addEventListener('touchstart', onTouchStart, options);
  container.addEventListener('touchmove', onTouchMove, options);
  container.addEventListener('touchend', cancel, options);
  container.addEventListener('touchcancel', cancel, options);
  for (const type of TAP_EVENTS) container.addEventListener(type, swallow, true);
  return () => {
    cancel();
    container.removeEventListener('touchstart', onTouchStart, options);
    container.removeEventListener('touchmove', onTouchMove, options);
    container.removeEventListener('touchend', cancel, options);
    container.removeEventListener('touchcancel', cancel, options);
    for (const type of TAP_EVENTS) container.removeEventListener(type, swallow, true);
  };
}
