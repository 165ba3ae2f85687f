import { OUTLINE_COLOURS } from '../../theme/palette';
import { EDGE_DRAWN_BY_LINE, HOVERED, LABEL_FONT, LABEL_HALO, type DataLayerStyle } from './types';

/** London's 33 borough (principal council) areas: light fill for hover, strong outline, name labels. */
export const boroughsStyle: DataLayerStyle = {
  layer: 'boroughs',
  promoteId: 'code',
  layers: [
    {
      id: 'boroughs-fill',
      type: 'fill',
      source: 'boroughs',
      paint: {
        ...EDGE_DRAWN_BY_LINE,
        'fill-color': ['case', [...HOVERED], '#90a4ae', '#cfd8dc'],
        'fill-opacity': ['interpolate', ['linear'], ['zoom'], 9, 0.45, 12, 0.12],
      },
    },
    {
      id: 'boroughs-line',
      type: 'line',
      source: 'boroughs',
      paint: {
        'line-color': OUTLINE_COLOURS.borough,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 14, 3],
      },
    },
    {
      id: 'boroughs-label',
      type: 'symbol',
      source: 'boroughs-labels',
      maxzoom: 15,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 13, 17],
        'text-max-width': 7,
        'text-padding': 1,
      },
      paint: { ...LABEL_HALO },
    },
  ],
};
