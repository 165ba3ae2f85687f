import { DENSITY_CLASSES, VISIBLE_FROM_ZOOM } from '../../theme/palette';
import type { ExpressionSpecification } from 'maplibre-gl';
import { EDGE_DRAWN_BY_LINE, HOVERED, type DataLayerStyle } from './types';

/** Small areas (Census 2021 LSOAs) are shaded from zoom 12, when each is big enough to see. */
export const LSOA_MIN_ZOOM = VISIBLE_FROM_ZOOM.lsoa;

/** Step expression over `density` (usual residents per hectare) built from the legend's classes. */
function densityColour(): ExpressionSpecification {
  const [first, ...rest] = DENSITY_CLASSES;
  const stops = rest.flatMap((c) => [c.min, c.colour]);
  return ['step', ['get', 'density'], first.colour, ...stops] as ExpressionSpecification;
}

export const lsoaStyle: DataLayerStyle = {
  layer: 'lsoa',
  promoteId: 'code',
  loadFromZoom: LSOA_MIN_ZOOM - 1,
  layers: [
    {
      id: 'lsoa-fill',
      type: 'fill',
      source: 'lsoa',
      minzoom: LSOA_MIN_ZOOM,
      paint: {
        ...EDGE_DRAWN_BY_LINE,
        'fill-color': densityColour(),
        'fill-opacity': ['case', [...HOVERED], 0.85, 0.6],
      },
    },
    {
      id: 'lsoa-line',
      type: 'line',
      source: 'lsoa',
      minzoom: 13,
      paint: { 'line-color': '#ffffff', 'line-width': 0.5, 'line-opacity': 0.8 },
    },
  ],
};
