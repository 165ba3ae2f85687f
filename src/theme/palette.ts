/**
 * Colours and class breaks shared by the map style (src/map) and its legend (src/ui), so the legend
 * can never disagree with what is painted. Pure constants: no MapLibre, no React.
 */

/**
 * LSOA population density classes, usual residents per hectare (Census 2021 / geodesic area).
 * London LSOAs run from under 10 to over 400 people/ha; breaks roughly follow quantiles.
 */
export const DENSITY_CLASSES = [
  { min: 0, colour: '#fff5eb', label: 'under 25' },
  { min: 25, colour: '#fdd0a2', label: '25–50' },
  { min: 50, colour: '#fdae6b', label: '50–100' },
  { min: 100, colour: '#fd8d3c', label: '100–150' },
  { min: 150, colour: '#e6550d', label: '150–250' },
  { min: 250, colour: '#a63603', label: '250 and over' },
] as const;

/** Service colours and symbols live in the service-kind registry, src/data/service-kinds.ts. */

export const OUTLINE_COLOURS = {
  london: '#1b1b1b',
  borough: '#37474f',
  ward: '#607d8b',
  ward2013: '#8e24aa',
  msoa: '#8d6e63',
  bid: '#00838f',
  parish: '#6d4c41',
} as const;

/** Zoom from which a layer is drawn (below it, it would be an unreadable smear). */
export const VISIBLE_FROM_ZOOM = { wards: 11, wards2013: 10, lsoa: 12, msoa: 10, oa: 13 } as const;
