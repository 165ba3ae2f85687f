import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where source data is read from: env LONDON_DATA_DIR; else the shared bundle beside the checkout
 * (../shared/data/london); else data/raw/, which `npm run fetch-data` fills from the official URLs.
 * Keep in step with scripts/lib/setup.mjs, which uses the same rule to decide when to rebuild.
 */
export function resolveSourceDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.LONDON_DATA_DIR) return resolve(env.LONDON_DATA_DIR);
  const shared = resolve(root, '..', 'shared', 'data', 'london');
  return existsSync(shared) ? shared : join(root, 'data', 'raw');
}
