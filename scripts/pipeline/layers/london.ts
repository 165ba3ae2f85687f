import { featureCollection, union } from '@turf/turf';
import type { Feature } from 'geojson';
import type { AreaGeometry, LondonProps } from '../../../src/data/schema';
import { DataError } from '../data-error';
import { readAreaSource } from '../area-source';
import { findFile } from '../read-source';

/** The Greater London outline: london-region.geojson when present, else the boroughs dissolved. */
export function buildLondon(dir: string, boroughs: readonly Feature<AreaGeometry>[]): Feature<AreaGeometry, LondonProps> {
  const path = findFile(dir, ['london-region.geojson']);
  if (path) {
    const source = readAreaSource(path, { codeField: /^RGN\d\dCD$/, codePattern: /^E12000007$/, what: 'region' });
    const [feature] = source.features;
    if (!feature || source.features.length !== 1) throw new DataError(source.file, `must hold one London feature, found ${source.features.length}`);
    return { type: 'Feature', properties: { code: 'E12000007', name: 'London' }, geometry: feature.geometry };
  }
  const dissolved = union(featureCollection([...boroughs]));
  if (!dissolved) throw new DataError('boroughs.geojson', 'dissolving the boroughs into a London outline gave nothing');
  return { type: 'Feature', properties: { code: 'E12000007', name: 'London' }, geometry: dissolved.geometry };
}
