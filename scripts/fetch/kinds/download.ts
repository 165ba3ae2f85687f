import { basename } from 'node:path';
import type { FetchContext } from '../context';
import { httpGet } from '../http';
import { formatBytes } from '../progress';
import { isZip, openZip } from '../zip';

/**
 * A zip download, verified by signature and by opening it, kept in data/raw/.cache/ so a re-run (after a
 * later failure) does not download it again. Returns its members.
 */
export async function downloadZip(id: string, url: string, context: FetchContext): Promise<{ members: Record<string, Uint8Array>; bytes: Uint8Array; url: string; cached: boolean }> {
  const file = basename(new URL(url).pathname);
  const cached = context.store.readCache(file);
  if (cached && isZip(cached)) {
    try {
      return { members: openZip(id, url, cached), bytes: cached, url, cached: true };
    } catch {
      // A cache file that no longer opens is fetched again.
    }
  }
  const response = await httpGet(url, context.http, (p) => context.progress.update(file, p));
  const members = openZip(id, response.url, response.bytes, response.contentType);
  context.progress.done(file, `${formatBytes(response.bytes.length)}, zip with ${Object.keys(members).length} member(s)`);
  context.store.writeCache(file, response.bytes);
  return { members, bytes: response.bytes, url, cached: false };
}
