/**
 * The map registers how to capture itself as a PNG; the UI (which never imports MapLibre) asks for
 * a capture through here. Null until the map has loaded.
 */
export type MapCapture = () => Promise<Blob>;

let capture: MapCapture | null = null;

export function registerMapCapture(fn: MapCapture | null): void {
  capture = fn;
}

export function captureMapImage(): Promise<Blob> {
  if (!capture) return Promise.reject(new Error('The map has not finished loading yet.'));
  return capture();
}
