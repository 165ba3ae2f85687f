/**
 * The map registers how to capture itself as a PNG; the UI (which never imports MapLibre) asks for
 * a capture through here. Null until the map has loaded.
 */
export interface CaptureOptions {
  /** Frame this box first ([west, south, east, north], EPSG:4326); the view is restored afterwards. */
  bbox?: [number, number, number, number];
}
export type MapCapture = (options?: CaptureOptions) => Promise<Blob>;

let capture: MapCapture | null = null;

export function registerMapCapture(fn: MapCapture | null): void {
  capture = fn;
}

export function captureMapImage(options?: CaptureOptions): Promise<Blob> {
  if (!capture) return Promise.reject(new Error('The map has not finished loading yet.'));
  return capture(options);
}
