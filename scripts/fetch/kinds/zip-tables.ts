import { strFromU8 } from 'fflate';
import type { Handler } from '../context';
import type { ZipTablesDataset } from '../sources';
import { DownloadError } from '../verify';
import { member } from '../zip';
import { downloadZip } from './download';

/** Member name → CSV text, from the first candidate archive that holds every listed member. */
export type ZipTables = Record<string, string>;

/** Nomis bulk tables: one archive, several members (FETCH-NOTES.md 9); candidates tried in order. */
export const zipTablesHandler: Handler<ZipTablesDataset> = async (dataset, context) => {
  const refusals: string[] = [];
  for (const candidate of dataset.candidates) {
    try {
      const zip = await downloadZip(dataset.id, candidate.url, context);
      const tables: ZipTables = Object.fromEntries(candidate.members.map((name) => [name, strFromU8(member(dataset.id, zip.members, name))]));
      const sizes = candidate.members.map((name) => `${name} ${(tables[name]?.length ?? 0).toLocaleString('en-GB')} chars`).join(', ');
      return { outputs: [], value: tables, summary: `${candidate.url}${zip.cached ? ' (cached)' : ''}: ${sizes}` };
    } catch (error) {
      if (dataset.candidates.length === 1) throw error;
      refusals.push(error instanceof Error ? error.message : String(error));
      context.progress.say(`  ${dataset.id}: ${refusals.at(-1)}; trying the next source`);
    }
  }
  throw new DownloadError(dataset.id, `no source worked:\n    ${refusals.join('\n    ')}`);
};
