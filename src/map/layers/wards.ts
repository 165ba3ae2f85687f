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

/**
 * Wards before the 2022 reviews (2013 boundaries), for comparison: off by default; when switched on,
 * a purple dotted line under the current wards from zoom 10, so changed boundaries stand out.
 */
export const wards2013Style: DataLayerStyle = {
  layer: 'wards2013',
  promoteId: 'code',
  loadFromZoom: VISIBLE_FROM_ZOOM.wards2013 - 1,
  layers: [
    {
      id: 'wards2013-line',
      type: 'line',
      source: 'wards2013',
      minzoom: VISIBLE_FROM_ZOOM.wards2013,
      paint: {
        'line-color': OUTLINE_COLOURS.ward2013,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 15, 2.4],
        'line-dasharray': [1, 1.2],
      },
    },
  ],
};
