import type { LayerId } from '../../data/schema';
import { boroughsStyle } from './boroughs';
import { lsoaStyle } from './lsoa';
import { bidsStyle, londonStyle, msoaStyle, parishesStyle, servicesStyle } from './others';
import type { DataLayerStyle } from './types';
import { wardsStyle } from './wards';

/**
 * Every data layer that has a map style. `oa` (output-area centroids, a table not GeoJSON) is
 * analysed but not drawn.
 */
export const DATA_LAYER_STYLES: Partial<Record<LayerId, DataLayerStyle>> = {
  london: londonStyle,
  boroughs: boroughsStyle,
  wards: wardsStyle,
  lsoa: lsoaStyle,
  msoa: msoaStyle,
  services: servicesStyle,
  bids: bidsStyle,
  parishes: parishesStyle,
};
