import type { LayerSpecification, Map as MapLibreMap, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { beforeIdFor } from './zorder';

/** OpenStreetMap's standard raster tiles: the fallback when no basemap is configured. ODbL, credit required. */
const OSM_RASTER = {
  tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
} as const;

/**
 * `VITE_BASEMAP_STYLE_URL` is either a raster tile template (contains `{z}`) or a MapLibre style JSON
 * URL. It is read at build time; nothing is fetched until the user switches the basemap on.
 */
function configuredUrl(): string {
  const fromEnv: unknown = import.meta.env.VITE_BASEMAP_STYLE_URL;
  return typeof fromEnv === 'string' && fromEnv.trim() !== '' ? fromEnv.trim() : OSM_RASTER.tiles;
}

const BASEMAP_PREFIX = 'basemap';

function below(map: MapLibreMap): string | undefined {
  return beforeIdFor('basemap', (id) => map.getLayer(id) !== undefined);
}

function addRaster(map: MapLibreMap, tiles: string): void {
  const attribution: unknown = import.meta.env.VITE_BASEMAP_ATTRIBUTION;
  map.addSource(BASEMAP_PREFIX, {
    type: 'raster',
    tiles: [tiles],
    tileSize: 256,
    maxzoom: 19,
    attribution: typeof attribution === 'string' && attribution !== '' ? attribution : OSM_RASTER.attribution,
  });
  map.addLayer({ id: BASEMAP_PREFIX, type: 'raster', source: BASEMAP_PREFIX, paint: { 'raster-opacity': 0.75 } }, below(map));
}

/**
 * Merges a remote vector style under our layers. Its symbol layers are skipped: they need the remote
 * style's glyphs and sprites, and our own labels already name boroughs and wards.
 */
async function addStyle(map: MapLibreMap, url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Basemap style ${url}: HTTP ${response.status}`);
  const style = (await response.json()) as StyleSpecification;
  for (const [id, source] of Object.entries(style.sources) as [string, SourceSpecification][]) {
    map.addSource(`${BASEMAP_PREFIX}:${id}`, source);
  }
  const before = below(map);
  for (const layer of style.layers) {
    if (layer.type === 'symbol') continue;
    const moved = { ...layer, id: `${BASEMAP_PREFIX}:${layer.id}` } as LayerSpecification;
    if ('source' in moved && typeof moved.source === 'string') moved.source = `${BASEMAP_PREFIX}:${moved.source}`;
    map.addLayer(moved, before);
  }
}

function basemapLayerIds(map: MapLibreMap): string[] {
  return map.getStyle().layers.map((l) => l.id).filter((id) => id === BASEMAP_PREFIX || id.startsWith(`${BASEMAP_PREFIX}:`));
}

/** Switches the optional street basemap; the first switch-on adds it, later ones only show or hide it. */
export async function setBasemap(map: MapLibreMap, on: boolean): Promise<void> {
  let ids = basemapLayerIds(map);
  if (on && ids.length === 0) {
    const url = configuredUrl();
    if (url.includes('{z}')) addRaster(map, url);
    else await addStyle(map, url);
    ids = basemapLayerIds(map);
  }
  for (const id of ids) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
}
