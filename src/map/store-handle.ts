import type { StoreApi } from 'zustand';
import type { AppState } from '../state/store';

/** The part of the zustand store the map uses: read state, and subscribe outside React renders. */
export type AppStoreApi = Pick<StoreApi<AppState>, 'getState' | 'subscribe'>;

/**
 * Calls `onChange` whenever `select(state)` changes (by ===), and once now. Returns the unsubscribe.
 * Map painting runs from these subscriptions, never from React renders (idea from districtr-v2).
 */
export function watch<T>(store: AppStoreApi, select: (s: AppState) => T, onChange: (value: T, previous: T | undefined) => void): () => void {
  let current = select(store.getState());
  onChange(current, undefined);
  return store.subscribe((state) => {
    const next = select(state);
    if (next === current) return;
    const previous = current;
    current = next;
    onChange(next, previous);
  });
}
