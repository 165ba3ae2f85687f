import { useSyncExternalStore } from 'react';

/**
 * Which layout the window gets (CSS px of the viewport):
 * - `phone`: ≤ 600 px wide: the map fills the screen, tools in a compact bar, results in a bottom sheet;
 * - `compact`: tablets and small laptops (< 1400 px wide or ≤ 800 px tall): the desktop layout, but
 *   the layer panel starts collapsed because at these sizes it would cover a third of the map;
 * - `wide`: the desktop layout with the layer panel open.
 * The same breakpoints are in App.css / sidebar.css; keep them in step.
 */
export const LAYOUT_QUERIES = {
  phone: '(max-width: 600px)',
  compact: '(max-width: 1399px), (max-height: 800px)',
} as const;

export type Layout = 'phone' | 'compact' | 'wide';

export function currentLayout(): Layout {
  if (typeof window === 'undefined' || !window.matchMedia) return 'wide';
  if (window.matchMedia(LAYOUT_QUERIES.phone).matches) return 'phone';
  if (window.matchMedia(LAYOUT_QUERIES.compact).matches) return 'compact';
  return 'wide';
}

function subscribe(onChange: () => void): () => void {
  const lists = Object.values(LAYOUT_QUERIES).map((q) => window.matchMedia(q));
  lists.forEach((l) => l.addEventListener('change', onChange));
  return () => lists.forEach((l) => l.removeEventListener('change', onChange));
}

/** The current layout; re-renders when the window crosses a breakpoint (rotation, resize). */
export function useLayout(): Layout {
  return useSyncExternalStore(subscribe, currentLayout, () => 'wide');
}
