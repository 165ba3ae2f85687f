import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Installable, offline PWA (issue 10). The service worker precaches the app shell *and* public/data
 * by glob (the pipeline may add or split data files, so never a fixed list), each entry with a
 * content revision, so one deploy's code and data are installed and switched together.
 * registerType 'prompt': a new deploy waits until the user presses "Reload" in the update banner
 * (src/ui/UpdatePrompt.tsx), never a silent mix of old code and new data. The worker is registered
 * from src/pwa/register.ts after the map is ready, so precaching never competes with cold start.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['icon.svg', 'apple-touch-icon.png'],
  manifest: {
    name: 'London District Mapper',
    short_name: 'District Mapper',
    description: 'Draw proposed London parishes and community improvement districts and see what each would mean.',
    lang: 'en-GB',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#00838f',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  // Workbox follows NODE_ENV otherwise, and the test runner sets it to 'test' (a verbose debug worker).
  mode: 'production',
  workbox: {
    // App shell (js incl. the MapLibre worker .mjs, css, html, icons) and every data file.
    globPatterns: ['**/*.{js,mjs,css,html,svg,png,webmanifest}', 'data/**/*'],
    // The data files are several MB each (output areas, LSOAs); Workbox's 2 MB default would skip them.
    maximumFileSizeToCacheInBytes: 40 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // Street basemap tiles are never cached: the layer simply shows nothing offline.
  },
});

// Relative base so the built app also works from a sub-path or a file share
// (meeting rooms with bad wifi get the dist folder copied onto a laptop).
export default defineConfig({
  base: './',
  plugins: [react(), pwa],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2000 },
  preview: { strictPort: false },
});
