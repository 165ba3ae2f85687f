import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadManifest } from './data/load-browser-manifest';
import type { Manifest } from './data/schema';
import './e2e-window';
// MapLibre's style sheet comes before the app's (App.css overrides some of its rules), so it is not
// left in the map's chunk, whose CSS would load last and win.
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapHandle } from './map/create-map';
import { preloadMapData } from './map/preload-map-data';
import { registerServiceWorker } from './pwa/register';
import { startServices } from './state/start-services';
import { useAppStore } from './state/store';
import { App } from './ui/App';
import { ErrorScreen } from './ui/ErrorScreen';
import { markOnce } from './perf/marks';

markOnce('app-start');
// The map's code (MapLibre and the drawing tools, 1.3 MB) is its own chunk, downloaded and compiled
// while saved work is restored, the share link opened, the analysis worker started and the app shell
// drawn, rather than before all of them (paired A/B, throttled phone, 8 runs: first view 2,895 -> 2,699 ms).
const mapModule = import('./map/create-map');
// Restore saved work, open any share link and start the analysis worker now, while the page's own
// start-up leaves the other core idle (the sidebar asks too; it starts once).
void startServices();

/** Dev and browser-test builds expose the store and map so e2e tests can assert on real state. */
const EXPOSE = import.meta.env.DEV || import.meta.env.VITE_E2E === '1';
if (EXPOSE) window.__ldm = { store: useAppStore };

function exposeForTests(handle: MapHandle): void {
  window.__ldm = { store: useAppStore, map: handle.map, ready: handle.ready };
  void handle.ready.then(() => {
    // Cold start: navigation start → every present layer loaded and drawn.
    if (window.__ldm?.map !== handle.map) return;
    window.__ldm.readyAt = performance.now();
    window.__ldm.draw = handle.draw() ?? undefined;
  });
}

/** Says so when the map cannot start (its chunk failed to download, no WebGL): the rest of the app still works. */
function reportMapFailure(error: unknown): void {
  console.error('The map could not be started:', error);
  useAppStore.getState().pushNotice({
    tone: 'error',
    title: 'The map could not be started',
    details: [error instanceof Error ? error.message : String(error), 'Your proposals are kept in this browser. Reload the page to try again.'],
  });
}

function mountMapFor(manifest: Manifest) {
  return (container: HTMLElement) => {
    let handle: MapHandle | null = null;
    // React StrictMode unmounts and remounts in development: a map that arrives after its unmount is not created.
    let unmounted = false;
    mapModule
      .then(({ createMap }) => {
        if (unmounted) return;
        handle = createMap(container, manifest, useAppStore);
        // Offline support starts after the first full paint: precaching must not slow cold start.
        void handle.ready.then(() => registerServiceWorker(useAppStore));
        if (EXPOSE) exposeForTests(handle);
      })
      .catch((error: unknown) => {
        if (!unmounted) reportMapFailure(error);
      });
    return () => {
      unmounted = true;
      handle?.destroy();
    };
  };
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

loadManifest().then(
  (manifest) => {
    markOnce('manifest');
    void preloadMapData(manifest);
    const mountMap = mountMapFor(manifest);
    root.render(
      <StrictMode>
        <App manifest={manifest} mountMap={mountMap} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.render(<ErrorScreen message={error instanceof Error ? error.message : String(error)} />);
  },
);
