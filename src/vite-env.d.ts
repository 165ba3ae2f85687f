/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** Built for the browser tests: exposes window.__ldm (store, map, draw). */
  readonly VITE_E2E?: string;
  /** Optional street basemap: a raster tile template with {z}/{x}/{y}, or a MapLibre style JSON URL. */
  readonly VITE_BASEMAP_STYLE_URL?: string;
  /** Attribution for a raster basemap given by template (the OSM credit is used otherwise). */
  readonly VITE_BASEMAP_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
