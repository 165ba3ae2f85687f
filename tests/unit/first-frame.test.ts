/**
 * The first-frame hold (src/map/first-frame.ts): the map's canvas is hidden and drawn at a tiny pixel
 * ratio until its first view is complete, then shown at the device's ratio; a first view that never
 * completes still shows the map after HOLD_TIMEOUT_MS. A stand-in for MapLibre's Map with only the
 * members the hold uses (fixture, not the real map: the browser test first-view.test.ts covers that).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { HOLD_TIMEOUT_MS, holdCanvas, revealCanvasWhen } from '../../src/map/first-frame';
import { HELD_CLASS, canvasHeld } from '../../src/map/canvas-hold';

function fakeMap() {
  const classes = new Set<string>();
  const ratios: (number | null)[] = [];
  const canvas = { classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c), contains: (c: string) => classes.has(c) } };
  const map = {
    getCanvas: () => canvas,
    setPixelRatio: (r: number | null) => ratios.push(r),
    triggerRepaint: () => undefined,
    once: (event: string, listener: () => void) => (event === 'remove' ? (removers.push(listener), map) : map),
    remove: () => removers.forEach((fn) => fn()),
  };
  const removers: (() => void)[] = [];
  return { map: map as unknown as MapLibreMap, classes, ratios };
}

describe('first-frame hold', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('holds the canvas at a tiny pixel ratio, then shows it at the device ratio when the first view is drawn', async () => {
    const { map, classes, ratios } = fakeMap();
    holdCanvas(map);
    expect(classes.has(HELD_CLASS)).toBe(true);
    expect(ratios[0]).toBeLessThan(1);
    let complete: () => void = () => undefined;
    revealCanvasWhen(map, new Promise<void>((resolve) => (complete = resolve)));
    await vi.advanceTimersByTimeAsync(HOLD_TIMEOUT_MS / 2);
    expect(canvasHeld(map)).toBe(true);
    complete();
    await vi.advanceTimersByTimeAsync(0);
    expect(canvasHeld(map)).toBe(false);
    expect(ratios.at(-1)).toBeNull();
    // Marked two animation frames later, once the full frame has been composited.
    expect(performance.getEntriesByName('ldm:canvas-shown', 'mark')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(40);
    expect(performance.getEntriesByName('ldm:canvas-shown', 'mark')).toHaveLength(1);
  });

  it('shows the map after the timeout when the first view never completes, and only once', async () => {
    const { map, ratios } = fakeMap();
    holdCanvas(map);
    revealCanvasWhen(map, new Promise<void>(() => undefined));
    await vi.advanceTimersByTimeAsync(HOLD_TIMEOUT_MS - 1);
    expect(canvasHeld(map)).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(canvasHeld(map)).toBe(false);
    expect(ratios).toHaveLength(2);
  });

  it('leaves a map removed while held alone (its canvas and pixel ratio untouched)', async () => {
    const { map, ratios } = fakeMap();
    holdCanvas(map);
    revealCanvasWhen(map, new Promise<void>(() => undefined));
    (map as unknown as { remove: () => void }).remove();
    await vi.advanceTimersByTimeAsync(HOLD_TIMEOUT_MS);
    expect(canvasHeld(map)).toBe(true);
    expect(ratios).toHaveLength(1);
  });

  it('shows the map when the first view fails', async () => {
    const { map } = fakeMap();
    holdCanvas(map);
    revealCanvasWhen(map, Promise.reject(new Error('saved work unreadable')));
    await vi.advanceTimersByTimeAsync(0);
    expect(canvasHeld(map)).toBe(false);
  });
});
