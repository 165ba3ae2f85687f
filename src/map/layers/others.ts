import { OUTLINE_COLOURS, VISIBLE_FROM_ZOOM } from '../../theme/palette';
import { EDGE_DRAWN_BY_LINE, type DataLayerStyle } from './types';

/** The Greater London boundary: a strong outline so the edge of the data is obvious. */
export const londonStyle: DataLayerStyle = {
  layer: 'london',
  layers: [
    {
      id: 'london-line',
      type: 'line',
      source: 'london',
      paint: { 'line-color': OUTLINE_COLOURS.london, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 2, 14, 4] },
    },
  ],
};

export const msoaStyle: DataLayerStyle = {
  layer: 'msoa',
  promoteId: 'code',
  loadFromZoom: VISIBLE_FROM_ZOOM.msoa - 1,
  layers: [
    {
      id: 'msoa-line',
      type: 'line',
      source: 'msoa',
      minzoom: VISIBLE_FROM_ZOOM.msoa,
      paint: { 'line-color': OUTLINE_COLOURS.msoa, 'line-width': 1, 'line-dasharray': [1, 1] },
    },
  ],
};

export const bidsStyle: DataLayerStyle = {
  layer: 'bids',
  promoteId: 'id',
  layers: [
    {
      id: 'bids-fill',
      type: 'fill',
      source: 'bids',
      paint: { ...EDGE_DRAWN_BY_LINE, 'fill-color': OUTLINE_COLOURS.bid, 'fill-opacity': 0.15 },
    },
    {
      id: 'bids-line',
      type: 'line',
      source: 'bids',
      paint: { 'line-color': OUTLINE_COLOURS.bid, 'line-width': 1.5 },
    },
  ],
};

export const parishesStyle: DataLayerStyle = {
  layer: 'parishes',
  layers: [
    {
      id: 'parishes-line',
      type: 'line',
      source: 'parishes',
      paint: { 'line-color': OUTLINE_COLOURS.parish, 'line-width': 2, 'line-dasharray': [4, 2] },
    },
  ],
};
