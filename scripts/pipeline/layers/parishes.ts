import { basename } from 'node:path';
import type { Feature } from 'geojson';
import type { AreaGeometry, ParishProps } from '../../../src/data/schema';
import { describeFeature } from '../data-error';
import { findField, readAreaSource, stringProp } from '../area-source';
import { filesMatching } from '../read-source';

/**
 * Existing civil parishes (ONS "Parishes (December yyyy) Boundaries", fields PARyyCD / PARyyNM), London
 * only: the file must be cut to London before it comes here (England's 10,000 parishes are not London data).
 * Queen's Park (Westminster, 2014) is London's one parish. Null when the folder has none.
 */
export function buildParishes(dir: string): { file: string; path: string; features: Feature<AreaGeometry, ParishProps>[] } | null {
  const [path] = filesMatching(dir, /^parishes.*\.geojson$/i);
  if (!path) return null;
  const source = readAreaSource(path, { codeField: /^PAR\d\dCD$/, codePattern: /^E04\d{6}$/, what: 'parish' });
  const nameField = findField({ type: 'FeatureCollection', features: source.features }, /^PAR\d\dNM$/, source.file, 'parish name');
  const features = source.features.map((feature, index) => ({
    type: 'Feature' as const,
    properties: {
      code: source.codes[index] ?? null,
      name: stringProp(feature.properties, nameField, source.file, describeFeature(index, source.codes[index])),
      kind: 'parish' as const,
    },
    geometry: feature.geometry,
  }));
  return { file: basename(path), path, features };
}
