/**
 * What dev and browser-test builds (VITE_E2E=1) put on `window.__ldm`, so e2e tests assert on real
 * state (store, map, drawing) instead of scraping pixels alone. Never set in production builds.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { TerraDraw } from 'terra-draw';
import type { useAppStore } from './state/store';

export interface LdmTestHandle {
  store: typeof useAppStore;
  map?: MapLibreMap;
  draw?: TerraDraw;
  /** Resolves when every present layer has loaded and been drawn. */
  ready?: Promise<void>;
  /** performance.now() at that moment: cold start from navigation, ms. */
  readyAt?: number;
}

declare global {
  interface Window {
    __ldm?: LdmTestHandle;
  }
}
