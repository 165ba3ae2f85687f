import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadManifest } from './data/load-browser-manifest';
import type { Manifest } from './data/schema';
import './e2e-window';
import { createMap, preloadMapData } from './map/create-map';
import { registerServiceWorker } from './pwa/register';
import { startServices } from './state/start-services';
import { useAppStore } from './state/store';
import { App } from './ui/App';
import { ErrorScreen } from './ui/ErrorScreen';
import { markOnce } from './perf/marks';

markOnce('app-start');
// Restore saved work, open any share link and start the analysis worker now, while the page's own
// start-up leaves the other core idle (the sidebar asks too; it starts once).
void startServices();

/** Dev and browser-test builds expose the store and map so e2e tests can assert on real state. */
const EXPOSE = import.meta.env.DEV || import.meta.env.VITE_E2E === '1';

function mountMapFor(manifest: Manifest) {
  return (container: HTMLElement) => {
    const handle = createMap(container, manifest, useAppStore);
    // Offline support starts after the first full paint: precaching must not slow cold start.
    void handle.ready.then(() => registerServiceWorker(useAppStore));
    if (EXPOSE) {
      window.__ldm = { store: useAppStore, map: handle.map, ready: handle.ready };
      void handle.ready.then(() => {
        // Cold start: navigation start → every present layer loaded and drawn.
        if (window.__ldm?.map !== handle.map) return;
        window.__ldm.readyAt = performance.now();
        window.__ldm.draw = handle.draw() ?? undefined;
      });
    }
    return handle.destroy;
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
