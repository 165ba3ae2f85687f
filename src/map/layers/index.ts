import type { LayerId } from '../../data/schema';
import { boroughsStyle } from './boroughs';
import { lsoaStyle } from './lsoa';
import { oaStyle } from './oa';
import { bidsStyle, londonStyle, msoaStyle, parishesStyle, servicesStyle } from './others';
import type { DataLayerStyle } from './types';
import { wardsStyle } from './wards';

/** Every data layer that has a map style (all of them: `oa` is drawn as its centroid points). */
export const DATA_LAYER_STYLES: Partial<Record<LayerId, DataLayerStyle>> = {
  london: londonStyle,
  boroughs: boroughsStyle,
  wards: wardsStyle,
  lsoa: lsoaStyle,
  oa: oaStyle,
  msoa: msoaStyle,
  services: servicesStyle,
  bids: bidsStyle,
  parishes: parishesStyle,
};
