import type { LayerId } from '../../data/schema';
import { boroughsStyle } from './boroughs';
import { lsoaStyle } from './lsoa';
import { oaStyle } from './oa';
import { bidsStyle, londonStyle, msoaStyle, parishesStyle } from './others';
import { servicesStyle } from './services';
import type { DataLayerStyle } from './types';
import { wards2013Style, wardsStyle } from './wards';

/** Every data layer that has a map style (all of them: `oa` is drawn as its centroid points). */
export const DATA_LAYER_STYLES: Partial<Record<LayerId, DataLayerStyle>> = {
  london: londonStyle,
  boroughs: boroughsStyle,
  wards: wardsStyle,
  wards2013: wards2013Style,
  lsoa: lsoaStyle,
  oa: oaStyle,
  msoa: msoaStyle,
  services: servicesStyle,
  bids: bidsStyle,
  parishes: parishesStyle,
};
