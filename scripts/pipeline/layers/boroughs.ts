import { DataError } from '../data-error';
import { findField, readAreaSource, stringProp, type AreaSource } from '../area-source';
import { requireFile } from '../read-source';

export const BOROUGH_COUNT = 33; // 32 London boroughs + the City of London

export interface BoroughSource extends AreaSource {
  names: string[];
}

/** ONS local authority districts, London only: LADyyCD (E09…) and LADyyNM. Exactly 33. */
export function readBoroughs(dir: string): BoroughSource {
  const path = requireFile(dir, ['boroughs.geojson'], 'the London borough boundaries');
  const source = readAreaSource(path, { codeField: /^LAD\d\dCD$/, codePattern: /^E09\d{6}$/, what: 'borough' });
  if (source.features.length !== BOROUGH_COUNT) {
    throw new DataError(source.file, `has ${source.features.length} boroughs; London has ${BOROUGH_COUNT} (E09000001–E09000033)`);
  }
  const nameField = findField({ type: 'FeatureCollection', features: source.features }, /^LAD\d\dNM$/, source.file, 'borough name');
  const names = source.features.map((f, i) => stringProp(f.properties, nameField, source.file, `feature #${i + 1}`));
  return { ...source, names };
}
