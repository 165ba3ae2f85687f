import type { FeatureCollection, Point } from 'geojson';
import type { OaTable } from '../../data/schema';
import { VISIBLE_FROM_ZOOM } from '../../theme/palette';
import type { DataLayerStyle } from './types';

/**
 * Census 2021 output areas as their population-weighted centroids: the points the best-fit
 * population method counts. Drawn from zoom 13 (26,369 dots), sized by usual residents.
 */
export const oaStyle: DataLayerStyle = {
  layer: 'oa',
  loadFromZoom: VISIBLE_FROM_ZOOM.oa - 1,
  layers: [
    {
      id: 'oa-points',
      type: 'circle',
      source: 'oa',
      minzoom: VISIBLE_FROM_ZOOM.oa,
      paint: {
        'circle-color': '#3e2723',
        'circle-opacity': 0.7,
        // Output areas hold ~100–600 residents (a few much more); radius in px.
        'circle-radius': ['interpolate', ['linear'], ['get', 'residents'], 0, 1.5, 300, 3, 1500, 6],
      },
    },
  ],
};

/** The columnar OA table as GeoJSON points (EPSG:4326) for the map. */
export function oaPoints(table: OaTable): FeatureCollection<Point, { code: string; residents: number }> {
  return {
    type: 'FeatureCollection',
    features: table.codes.map((code, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [table.lng[i] ?? 0, table.lat[i] ?? 0] },
      properties: { code, residents: table.residents[i] ?? 0 },
    })),
  };
}
