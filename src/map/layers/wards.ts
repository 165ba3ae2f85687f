import { OUTLINE_COLOURS, VISIBLE_FROM_ZOOM } from '../../theme/palette';
import { LABEL_FONT, LABEL_HALO, type DataLayerStyle } from './types';

/** Ward outlines appear from zoom 11 (below that 600+ wards are a grey smear); names from zoom 13. */
export const WARD_MIN_ZOOM = VISIBLE_FROM_ZOOM.wards;

export const wardsStyle: DataLayerStyle = {
  layer: 'wards',
  promoteId: 'code',
  // Not drawn below zoom 11, so not tiled at the cold start (the main thread holds the data for
  // labels, snapping and build-from-wards).
  loadFromZoom: WARD_MIN_ZOOM - 1,
  layers: [
    {
      id: 'wards-line',
      type: 'line',
      source: 'wards',
      minzoom: WARD_MIN_ZOOM,
      paint: {
        'line-color': OUTLINE_COLOURS.ward,
        'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.6, 15, 1.6],
        'line-dasharray': [3, 1.5],
      },
    },
    {
      id: 'wards-label',
      type: 'symbol',
      source: 'wards-labels',
      minzoom: 13,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-max-width': 8,
      },
      paint: { ...LABEL_HALO, 'text-color': '#37474f' },
    },
  ],
};
