import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../../data/schema';
import type { MapLayerId } from '../zorder';

/** A MapLibre layer spec whose id is checked against the one z-order list. */
export type MapLayerSpec = LayerSpecification & { id: MapLayerId };

/**
 * How one data layer (a file in public/data) is painted: the MapLibre layers drawn from its source
 * (source id = the data layer id) and, optionally, from a label-point source `<layer>-labels`.
 */
export interface DataLayerStyle {
  layer: LayerId;
  layers: MapLayerSpec[];
  /** Feature property MapLibre uses as the feature id, so feature-state (hover, highlight) works. */
  promoteId?: string;
  /** Extra GeoJSON source options, e.g. clustering for the services. */
  sourceOptions?: Pick<GeoJSONSourceSpecification, 'cluster' | 'clusterMaxZoom' | 'clusterRadius'>;
  /**
   * Heavy layers drawn only when zoomed in (LSOAs: 5 MB) are fetched the first time the layer is
   * switched on and the map reaches this zoom, so they do not slow the cold start.
   */
  loadFromZoom?: number;
  /**
   * Not part of the first view (src/map/first-view-gate.ts): the source starts empty and is fetched
   * once the first view is on screen, if the layer is shown (services: 3 MB of points).
   */
  lazy?: true;
}

/** Layers whose source starts empty and is filled later (when shown, zoomed in, after the first view). */
export const isDeferred = (style: DataLayerStyle): boolean => style.loadFromZoom !== undefined || style.lazy === true;

/**
 * No `glyphs` URL in our style: MapLibre (≥ 5.11) then rasterises label text locally with TinySDF
 * from the fonts the browser has, so labels need no network. The list is a CSS font-family cascade.
 */
export const LABEL_FONT = ['Noto Sans', 'DejaVu Sans', 'Liberation Sans', 'Arial', 'sans-serif'];

export const LABEL_HALO = {
  'text-color': '#1b1b1b',
  'text-halo-color': 'rgba(255,255,255,0.92)',
  'text-halo-width': 1.6,
} as const;

/** Feature-state driven emphasis for the feature under the pointer. */
export const HOVERED = ['boolean', ['feature-state', 'hover'], false] as const;

/**
 * Paint for a fill whose edge a line layer of its own draws. MapLibre otherwise antialiases each
 * fill with a second, outline pass (and shader program) that the line then covers. On the throttled
 * phone that was 3 of the 13 programs compiled before the first view (each a blocking round trip to
 * the GPU process); paired A/B, 8 runs: first view 3,000 -> 2,906 ms.
 */
export const EDGE_DRAWN_BY_LINE = { 'fill-antialias': false } as const;
