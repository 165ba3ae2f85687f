/**
 * Named moments of the start-up path, as `performance.mark`s (ms since navigation start), so the
 * browser test and `npm run bench:browser` read where the time of the first view goes. Pure: no DOM
 * beyond the Performance API, no imports, so every layer (map, state, ui) may use it.
 *
 * "First view" (README, "Performance"): the map painted with the borough outlines, the shared
 * proposal drawn and fitted, and its name and the results peek visible. Results may follow it.
 */
export const MILESTONES = {
  'app-start': 'JS loaded, parsed and run (main module body)',
  manifest: 'manifest.json read',
  'map-load': 'MapLibre style loaded',
  'proposals-restored': 'saved proposals read back from IndexedDB (a share link is opened after this)',
  'canvas-shown': 'map canvas shown, once its first view was drawn (held back until then)',
  'boroughs-painted': 'first frame with the borough outlines drawn',
  'proposal-drawn': 'first frame with a proposal drawn',
  'proposal-fitted': "camera fitted to the share link's proposals",
  'peek-named': "selected proposal's name in the phone's results peek",
  'engine-ready': 'analysis worker has loaded and indexed its data',
  'results-shown': "selected proposal's population on screen",
  'map-idle': 'every layer shown at start loaded and drawn (desktop cold start)',
} as const;

export type Milestone = keyof typeof MILESTONES;

export const MARK_PREFIX = 'ldm:';

/** Marks a milestone the first time it happens (later calls are ignored). */
export function markOnce(milestone: Milestone): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  const name = MARK_PREFIX + milestone;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

const marked = (milestone: Milestone) => performance.getEntriesByName(MARK_PREFIX + milestone, 'mark').length > 0;

/** Resolves once the milestone has been marked (at once if it already has). */
export function whenMarked(milestone: Milestone): Promise<void> {
  return new Promise((resolve) => {
    if (marked(milestone)) return resolve();
    const observer = new PerformanceObserver(() => {
      if (!marked(milestone)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
  });
}
