import type { ExpressionSpecification } from 'maplibre-gl';
import { SERVICE_KINDS } from '../../data/service-kinds';
import { LABEL_FONT, type DataLayerStyle } from './types';

/**
 * 12,000 service points would bury London at city zoom, so the source clusters them (MapLibre's
 * supercluster) up to CLUSTER_MAX_ZOOM; from the next zoom each service is its own point, coloured by
 * kind, and from ICON_FROM_ZOOM it carries its kind's symbol (registry: src/data/service-kinds.ts).
 */
export const CLUSTER_MAX_ZOOM = 13;
export const ICON_FROM_ZOOM = 15;

const NOT_CLUSTER: ExpressionSpecification = ['!', ['has', 'point_count']];
const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];

/** A `match` on the kind over one field of the registry, e.g. colour or symbol. */
function byKind(field: 'colour' | 'symbol', fallback: string): ExpressionSpecification {
  const pairs = Object.entries(SERVICE_KINDS).flatMap(([kind, info]) => [kind, info[field]]);
  // The spec's tuple type cannot express a spread of label/output pairs; MapLibre checks the shape at runtime.
  return ['match', ['get', 'type'], ...pairs, fallback] as unknown as ExpressionSpecification;
}

export const servicesStyle: DataLayerStyle = {
  layer: 'services',
  promoteId: 'id',
  lazy: true,
  sourceOptions: { cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: 32 },
  layers: [
    {
      id: 'services-cluster',
      type: 'circle',
      source: 'services',
      filter: IS_CLUSTER,
      paint: {
        'circle-color': '#455a64',
        'circle-opacity': 0.78,
        // Radius in px grows with the number of services in the cluster (2 … 1,000+).
        'circle-radius': ['step', ['get', 'point_count'], 9, 20, 12, 100, 16, 400, 21],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'services-cluster-count',
      type: 'symbol',
      source: 'services',
      filter: IS_CLUSTER,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'services-circle',
      type: 'circle',
      source: 'services',
      filter: NOT_CLUSTER,
      paint: {
        'circle-color': byKind('colour', '#555555'),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], CLUSTER_MAX_ZOOM + 1, 5, ICON_FROM_ZOOM, 8, 18, 11],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3, 1],
      },
    },
    {
      id: 'services-symbol',
      type: 'symbol',
      source: 'services',
      filter: NOT_CLUSTER,
      minzoom: ICON_FROM_ZOOM,
      layout: {
        'text-field': byKind('symbol', '?'),
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], ICON_FROM_ZOOM, 8, 18, 11],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ],
};
