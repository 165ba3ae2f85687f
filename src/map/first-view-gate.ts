import { whenMarked, type Milestone } from '../perf/marks';
import { proposalsSettled } from '../state/startup';
import { whenReadyToShow } from './paint-marks';
import type { AppStoreApi } from './store-handle';

/**
 * Safety net, ms: heavy layers load after this even if the first view never completes (e.g. saved
 * work cannot be read), so the map is never left without them.
 */
export const GATE_TIMEOUT_MS = 10_000;

/**
 * Resolves once `reached` says the first view's parts are there: the borough outlines (when the data
 * has them) and the proposals, when `hasProposals` says there are some to draw.
 */
async function firstViewParts(hasBoroughs: boolean, reached: (milestone: Milestone) => Promise<void>, hasProposals: () => Promise<boolean>): Promise<void> {
  if (hasBoroughs) await reached('boroughs-painted');
  if (await hasProposals()) await reached('proposal-drawn');
}

/** Whether saved work or a share link brought proposals to draw, once both have been read. */
async function settledProposalsToDraw(store: AppStoreApi): Promise<boolean> {
  await proposalsSettled;
  return store.getState().proposals.some((p) => !p.hidden && p.geometry !== null);
}

/**
 * Resolves once the first view is ready to be shown: its parts drawn, or, while the canvas is held back
 * (first-frame.ts), loaded for the reveal to draw.
 * When the map drew a share link's proposals from the link itself (`sharedDrawn` resolves true), those
 * are the first view: it does not wait for saved work to be read back as well.
 */
export function firstViewReady(store: AppStoreApi, hasBoroughs: boolean, sharedDrawn: Promise<boolean>): Promise<void> {
  return firstViewParts(hasBoroughs, whenReadyToShow, async () => (await sharedDrawn) || settledProposalsToDraw(store));
}

/**
 * Resolves once the first view is on screen. Until then the map loads nothing else (services, LSOAs,
 * wards, …): MapLibre parses GeoJSON in one worker per core, first come first served, so a 5 MB layer
 * queued ahead of the proposal would hold the proposal back for seconds on a phone.
 */
export function firstViewGate(store: AppStoreApi, hasBoroughs: boolean): Promise<void> {
  return Promise.race([firstViewParts(hasBoroughs, whenMarked, () => settledProposalsToDraw(store)), new Promise<void>((resolve) => setTimeout(resolve, GATE_TIMEOUT_MS))]);
}
