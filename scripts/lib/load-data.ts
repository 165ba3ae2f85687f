/**
 * Node-only loader: AppData from a directory on disk (default public/data, or env LDM_DATA_DIR).
 * Used by the CLI, the benchmark and the unit tests; the worker uses fetch instead.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAppData } from '../../src/data/load';
import type { AppData } from '../../src/data/schema';

export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../public/data');

export function dataDir(): string {
  return process.env.LDM_DATA_DIR ?? DEFAULT_DATA_DIR;
}

export async function loadAppDataFromDir(dir: string = dataDir()): Promise<AppData> {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No data in ${dir} (manifest.json missing): run "npm run data" first.`);
  }
  return loadAppData(async (file) => {
    try {
      return await readFile(join(dir, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  });
}
