import { basename } from 'node:path';
import { DataError, describeFeature } from '../data-error';
import { findField, readAreaSource, stringProp, type AreaSource } from '../area-source';
import { filesMatching, readJson } from '../read-source';

/** London had 649 wards from 2002 (624 + the City's 25); after the 2022 reviews about 680. */
const PLAUSIBLE_WARD_COUNT = { min: 600, max: 720 } as const;

export interface WardSource extends AreaSource {
  /** The source file's full path (for its sidecar). */
  path: string;
  vintage: string; // '2013', '2022', ...
  names: string[];
  boroughCodes: string[];
}

/** Two-digit year of the ward code field in a file (WD13CD → 13), or null when it has none. */
function wardVintage(path: string): number | null {
  const json = readJson(path) as { features?: { properties?: Record<string, unknown> }[] };
  const props = Object.keys(json.features?.[0]?.properties ?? {});
  const field = props.find((name) => /^WD\d\dCD$/.test(name));
  return field ? Number(field.slice(2, 4)) : null;
}

/** Every ward file in the folder with a WDyyCD field, newest vintage first. */
export function wardFiles(dir: string): { path: string; year: number }[] {
  return filesMatching(dir, /^wards.*\.geojson$/i)
    .map((path) => ({ path, year: wardVintage(path) }))
    .filter((c): c is { path: string; year: number } => c.year !== null)
    .sort((a, b) => b.year - a.year);
}

/**
 * Ward boundaries of the newest vintage the folder holds (the ONS Wards December 2022 file, fields
 * WD22CD/WD22NM/LAD22CD; else wards-2013.geojson). These are the map's and the analysis's wards.
 */
export function readWards(dir: string, boroughCodes: ReadonlySet<string>): WardSource {
  const chosen = wardFiles(dir)[0];
  if (!chosen) {
    throw new DataError('wards-*.geojson', `missing: no ward boundary file (with a WDyyCD property) in ${dir}. Add the ONS Wards December 2022 file as wards-2022.geojson`);
  }
  return readWardFile(chosen.path, chosen.year, boroughCodes);
}

/** One ward file, validated: codes, names, London borough codes, a plausible count, every borough covered. */
export function readWardFile(path: string, year: number, boroughCodes: ReadonlySet<string>): WardSource {
  const source = readAreaSource(path, { codeField: /^WD\d\dCD$/, codePattern: /^E05\d{6}$/, what: 'ward' });
  const collection = { type: 'FeatureCollection' as const, features: source.features };
  const nameField = findField(collection, /^WD\d\dNM$/, source.file, 'ward name');
  const boroughField = findField(collection, /^LAD\d\dCD$/, source.file, 'borough code');
  const names: string[] = [];
  const wardBoroughs: string[] = [];
  source.features.forEach((feature, index) => {
    const label = describeFeature(index, source.codes[index]);
    names.push(stringProp(feature.properties, nameField, source.file, label));
    const borough = stringProp(feature.properties, boroughField, source.file, label);
    if (!boroughCodes.has(borough)) throw new DataError(source.file, `borough code ${borough} is not a London borough`, label);
    wardBoroughs.push(borough);
  });
  const count = source.features.length;
  if (count < PLAUSIBLE_WARD_COUNT.min || count > PLAUSIBLE_WARD_COUNT.max) {
    throw new DataError(source.file, `has ${count} wards; a full London ward set has ${PLAUSIBLE_WARD_COUNT.min}–${PLAUSIBLE_WARD_COUNT.max}`);
  }
  const missing = [...boroughCodes].filter((code) => !wardBoroughs.includes(code));
  if (missing.length > 0) throw new DataError(source.file, `has no wards in borough(s) ${missing.join(', ')}`);
  const vintage = `20${String(year).padStart(2, '0')}`;
  console.log(`  wards: ${basename(path)} (vintage ${vintage}), ${count} wards`);
  return { ...source, path, vintage, names, boroughCodes: wardBoroughs };
}
