import { basename } from 'node:path';
import { DataError } from '../data-error';
import { csvNumber } from '../csv';
import { LONDON_BOUNDS } from '../coordinates';
import { readCsv, requireFile } from '../read-source';

/** One Census 2021 output area: its ONS population-weighted centroid and counts. */
export interface OaRecord {
  code: string;
  lsoaCode: string;
  lng: number;
  lat: number;
  residents: number;
  households: number;
  communal: number;
}

/** London's Census 2021 usual residents were 8.8 million; anything far off means a wrong or partial file. */
export const PLAUSIBLE_LONDON_POPULATION = { min: 8_000_000, max: 9_600_000 } as const;

/**
 * oa21-census2021.csv: OA21CD, LSOA21CD, pwc_lng, pwc_lat, usual_residents,
 * residents_in_communal_establishments, households (one row per London OA).
 */
export function readOutputAreas(dir: string, lsoaCodes: ReadonlySet<string>): OaRecord[] {
  const path = requireFile(dir, ['oa21-census2021.csv'], 'Census 2021 output-area counts with population-weighted centroids');
  const file = basename(path);
  const seen = new Set<string>();
  const records = readCsv(path).map((row, index) => {
    const label = `row ${index + 2} (${row.OA21CD ?? '?'})`;
    const code = row.OA21CD ?? '';
    if (!/^E00\d{6}$/.test(code)) throw new DataError(file, `OA21CD "${code}" is not an output-area code`, label);
    if (seen.has(code)) throw new DataError(file, `duplicate output area ${code}`, label);
    seen.add(code);
    const lsoaCode = row.LSOA21CD ?? '';
    if (!lsoaCodes.has(lsoaCode)) throw new DataError(file, `LSOA21CD ${lsoaCode} is not in the LSOA boundaries`, label);
    const lng = csvNumber(row, 'pwc_lng', file, label);
    const lat = csvNumber(row, 'pwc_lat', file, label);
    const b = LONDON_BOUNDS;
    if (lng < b.west || lng > b.east || lat < b.south || lat > b.north) {
      const swapped = lat >= b.west && lat <= b.east && lng >= b.south && lng <= b.north;
      throw new DataError(file, swapped ? `centroid (${lng}, ${lat}) has longitude and latitude swapped` : `centroid (${lng}, ${lat}) is outside Greater London`, label);
    }
    const counts = ['usual_residents', 'households', 'residents_in_communal_establishments'].map((column) => {
      const value = csvNumber(row, column, file, label);
      if (value < 0 || !Number.isInteger(value)) throw new DataError(file, `${column} must be a whole number ≥ 0, found ${value}`, label);
      return value;
    });
    return { code, lsoaCode, lng, lat, residents: counts[0] ?? 0, households: counts[1] ?? 0, communal: counts[2] ?? 0 };
  });
  const total = records.reduce((sum, oa) => sum + oa.residents, 0);
  const { min, max } = PLAUSIBLE_LONDON_POPULATION;
  if (total < min || total > max) throw new DataError(file, `usual residents sum to ${total.toLocaleString('en-GB')}; London's Census 2021 population was 8.8 million`);
  return records;
}
