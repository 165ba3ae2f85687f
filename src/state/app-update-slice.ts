import type { StateCreator } from 'zustand';

/**
 * The offline app's lifecycle as the user sees it: 'offline-ready' once the service worker has
 * cached this version's code and data; 'update-available' when a new deploy is installed and
 * waiting (it takes over only when the user presses Reload, so code and data never mix versions).
 */
export type AppUpdateStatus = 'online-only' | 'offline-ready' | 'update-available';

export interface AppUpdateSlice {
  appUpdate: AppUpdateStatus;
  /** Activates the waiting version and reloads the page; null until one is waiting. */
  applyAppUpdate: (() => void) | null;
  setAppUpdate: (status: AppUpdateStatus, apply?: () => void) => void;
}

export const createAppUpdateSlice: StateCreator<AppUpdateSlice, [], [], AppUpdateSlice> = (set) => ({
  appUpdate: 'online-only',
  applyAppUpdate: null,
  setAppUpdate: (status, apply) => set({ appUpdate: status, applyAppUpdate: apply ?? null }),
});
