import { parseCsv } from '../../pipeline/csv';
import type { Handler } from '../context';
import { HttpError, bodySnippet, httpGet } from '../http';
import type { GiasDataset } from '../sources';
import { DownloadError, checkFields } from '../verify';

/** Greater London in British National Grid metres (EPSG:27700), generous: for counting London rows. */
const LONDON_BNG = { west: 495_000, east: 575_000, south: 145_000, north: 210_000 } as const;

export const ymd = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');

/** A week-old register is current enough; a re-run within it does not download 60 MB again. */
const FRESH_MS = 7 * 24 * 3600 * 1000;

/**
 * The DfE register of schools (GIAS "all establishment data"), published daily under a dated name: try
 * today's, then step back a day at a time (FETCH-NOTES.md 10). The file is Windows-1252; it is decoded as
 * such and written as UTF-8 (what the pipeline reads), so é and ’ survive.
 */
export const giasHandler: Handler<GiasDataset> = async (dataset, context) => {
  const fresh = context.store.records().find(([name, record]) => record.dataset === dataset.id && name.endsWith('.csv') && context.store.isComplete(name) && context.today.getTime() - Date.parse(record.fetchedAt) < FRESH_MS);
  if (fresh) return { outputs: [], summary: `${fresh[0]} already present (fetched ${fresh[1].fetchedAt.slice(0, 10)})` };
  const tried: string[] = [];
  for (let back = 0; back <= dataset.daysBack; back += 1) {
    const date = ymd(new Date(context.today.getTime() - back * 86_400_000));
    const url = dataset.urlTemplate.replace('{date}', date);
    const name = `edubasealldata${date}.csv`;
    let bytes: Uint8Array;
    try {
      bytes = (await httpGet(url, context.http, (p) => context.progress.update(name, p))).bytes;
    } catch (error) {
      if (error instanceof HttpError && (error.status === 404 || error.status === 403 || error.status === 400)) {
        tried.push(`${date}: ${error.cameBack}`);
        continue;
      }
      throw error;
    }
    const text = new TextDecoder('windows-1252').decode(bytes);
    if (/^\s*</.test(text)) {
      tried.push(`${date}: an HTML page ("${bodySnippet(bytes, 80)}")`);
      continue;
    }
    const [header = [], ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
    checkFields(dataset.id, header, dataset.expect.fields);
    const column = (field: string) => header.indexOf(field);
    const [status, easting, northing] = [column('EstablishmentStatus (name)'), column('Easting'), column('Northing')];
    const london = rows.filter((row) => {
      const [e, n] = [Number(row[easting]), Number(row[northing])];
      return row[status] === 'Open' && e >= LONDON_BNG.west && e <= LONDON_BNG.east && n >= LONDON_BNG.south && n <= LONDON_BNG.north;
    }).length;
    if (london < dataset.expect.minRows) throw new DownloadError(dataset.id, `${url} lists ${london} open establishments in London's box, expected at least ${dataset.expect.minRows}`);
    const checks = `${rows.length.toLocaleString('en-GB')} establishments, ${london.toLocaleString('en-GB')} open in London's box; decoded from Windows-1252`;
    context.progress.done(name, checks);
    return { outputs: [{ name, bytes: text, source: url, checks, count: london, vintage: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` }], summary: checks };
  }
  throw new DownloadError(dataset.id, `no register in the last ${dataset.daysBack + 1} days:\n    ${tried.join('\n    ')}`);
};
