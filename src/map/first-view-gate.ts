import { whenMarked } from '../perf/marks';
import { proposalsSettled } from '../state/startup';
import type { AppStoreApi } from './store-handle';

/**
 * Safety net, ms: heavy layers load after this even if the first view never completes (e.g. saved
 * work cannot be read), so the map is never left without them.
 */
export const GATE_TIMEOUT_MS = 10_000;

/**
 * Resolves once the first view is on screen: the borough outlines painted and, when saved work or
 * a share link brought proposals, those drawn. Until then the map loads nothing else (services,
 * LSOAs, wards, …): MapLibre parses GeoJSON in one worker per core, first come first served, so a
 * 5 MB layer queued ahead of the proposal would hold the proposal back for seconds on a phone.
 */
export function firstViewGate(store: AppStoreApi): Promise<void> {
  const shown = (async () => {
    await whenMarked('boroughs-painted');
    await proposalsSettled;
    const drawable = store.getState().proposals.some((p) => !p.hidden && p.geometry !== null);
    if (drawable) await whenMarked('proposal-drawn');
  })();
  return Promise.race([shown, new Promise<void>((resolve) => setTimeout(resolve, GATE_TIMEOUT_MS))]);
}
