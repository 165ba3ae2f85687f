import type { Feature } from 'geojson';
import { fetchLayer } from '../../data/load-browser-manifest';
import type { AreaGeometry, LsoaCollection, WardCollection, WardProps } from '../../data/schema';
import type { BuildLayer } from '../../state/proposals-slice';
import { buildAreaIndex, type AreaIndex } from '../area-index';

/** The statistical units a proposal can be built from, held on the main thread with a point-in-polygon index. */
export interface UnitSet {
  collection: WardCollection | LsoaCollection;
  index: AreaIndex<{ code: string; name: string }>;
}

/** The unit exactly under a point (EPSG:4326), as both the hover highlight and the click see it. */
export type UnitAt = Feature<AreaGeometry, { code: string; name: string }>;

/**
 * Wards are already on the main thread; LSOAs are fetched (once) the first time a small-areas build
 * needs them. `now` answers only when the layer is loaded (for the hover highlight, which must not
 * wait); `load` waits for it (for a click).
 */
export function buildUnits(wards: WardCollection | undefined, wardIndex: AreaIndex<WardProps> | null) {
  const wardSet: UnitSet | null = wards && wardIndex ? { collection: wards, index: wardIndex } : null;
  let lsoaSet: UnitSet | null = null;
  let lsoaLoad: Promise<UnitSet> | null = null;
  const load = (layer: BuildLayer): Promise<UnitSet> | null => {
    if (layer === 'wards') return wardSet ? Promise.resolve(wardSet) : null;
    lsoaLoad ??= fetchLayer<LsoaCollection>('lsoa').then((collection) => (lsoaSet = { collection, index: buildAreaIndex(collection) }));
    return lsoaLoad;
  };
  const now = (layer: BuildLayer): UnitSet | null => (layer === 'wards' ? wardSet : lsoaSet);
  return { load, now };
}
export type BuildUnits = ReturnType<typeof buildUnits>;
