/**
 * Starts the app's background work once per page: restore saved proposals, then open a share link
 * in the address (after the restore, so already-saved proposals are not imported twice), then keep
 * results in step with proposals through the analysis worker. Idempotent: React StrictMode mounts
 * effects twice, and a second worker would load all of London's data again.
 */
import { createAnalysisClient, type AnalysisClient } from '../worker/client';
import { importShareFromLocation } from '../io/open-share-link';
import { startAnalysisSync } from './analysis-sync';
import { startOverlapSync } from './overlap-sync';
import { startCompareSync } from './compare-sync';
import { startPersistence } from './persistence';
import { startReferencePersistence } from './persistence-reference';
import { startSettingsPersistence } from './persistence-settings';
import { settleProposals } from './startup';
import { useAppStore } from './store';
import { markOnce } from '../perf/marks';

export interface Services {
  client: AnalysisClient;
  /** Writes pending changes to IndexedDB now. */
  flushSaves: () => Promise<void>;
}

let started: Promise<Services> | null = null;

export function startServices(): Promise<Services> {
  started ??= (async () => {
    // Start the worker first: loading London's data is the slow part and needs no saved state.
    // Absolute URL: a worker resolves relative URLs against its own script, not the page.
    const client = createAnalysisClient(new URL(import.meta.env.BASE_URL, document.baseURI).href);
    // The three reads from IndexedDB run side by side (each waits its turn on a busy phone's main
    // thread, ~1 s apiece when run one after another); the share link needs only the proposals.
    const others = Promise.all([startSettingsPersistence(useAppStore), startReferencePersistence(useAppStore)]);
    let persistence;
    try {
      persistence = await startPersistence(useAppStore);
      markOnce('proposals-restored');
      await importShareFromLocation(useAppStore);
    } finally {
      // The map waits for this before loading its heavy layers (src/map/first-view-gate.ts).
      settleProposals();
    }
    await others;
    window.addEventListener('hashchange', () => void importShareFromLocation(useAppStore));
    startAnalysisSync(useAppStore, client);
    startOverlapSync(useAppStore, client);
    startCompareSync(useAppStore, client);
    return { client, flushSaves: persistence.flush };
  })();
  return started;
}
