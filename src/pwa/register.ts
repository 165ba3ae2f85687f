/**
 * Registers the service worker that vite-plugin-pwa generates (see vite.config.ts) and reports its
 * state to the store: offline-ready, or a new version waiting for the user's "Reload". Called once
 * the map is ready, so precaching London's data never slows the first paint.
 */
import { registerSW } from 'virtual:pwa-register';
import type { useAppStore } from '../state/store';

/** How often an open app asks the server for a new deploy (ms); meetings can last hours. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

export function registerServiceWorker(store: typeof useAppStore): void {
  if (!('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    immediate: true,
    onOfflineReady: () => store.getState().setAppUpdate('offline-ready'),
    onNeedRefresh: () => store.getState().setAppUpdate('update-available', () => void updateSW(true)),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      window.setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) => {
      // Not fatal: the app still works online. Say so in the console for whoever deploys it.
      console.warn('Service worker registration failed; the app will not work offline.', error);
    },
  });
}
