import type { Feature } from 'geojson';
import type { AreaGeometry, LsoaProps, MsoaProps } from '../../../src/data/schema';
import { DataError, describeFeature } from '../data-error';
import { findField, readAreaSource, stringProp } from '../area-source';
import { findFile } from '../read-source';

/** MSOA 2021 polygons (optional) with population and households summed from their LSOAs. */
export function buildMsoas(dir: string, lsoas: readonly Feature<AreaGeometry, LsoaProps>[]): Feature<AreaGeometry, MsoaProps>[] | null {
  const path = findFile(dir, ['msoa21.geojson']);
  if (!path) return null;
  const source = readAreaSource(path, { codeField: /^MSOA21CD$/, codePattern: /^E02\d{6}$/, what: 'MSOA' });
  const nameField = findField({ type: 'FeatureCollection', features: source.features }, /^MSOA21NM$/, source.file, 'MSOA name');
  const totals = new Map<string, { population: number; households: number; boroughCode: string }>();
  for (const { properties: lsoa } of lsoas) {
    const total = totals.get(lsoa.msoaCode) ?? { population: 0, households: 0, boroughCode: lsoa.boroughCode };
    total.population += lsoa.population;
    total.households += lsoa.households;
    totals.set(lsoa.msoaCode, total);
  }
  return source.features.map((feature, index) => {
    const code = source.codes[index] ?? '';
    const total = totals.get(code);
    if (!total) throw new DataError(source.file, `MSOA ${code} holds none of the LSOAs`, describeFeature(index, code));
    const props: MsoaProps = { code, name: stringProp(feature.properties, nameField, source.file, describeFeature(index, code)), ...total };
    return { type: 'Feature' as const, properties: props, geometry: feature.geometry };
  });
}
