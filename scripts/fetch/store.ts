// Files fetch-data writes: atomically (a temporary name, then rename, so a cut transfer never leaves a
// truncated file for the build to read; FETCH-NOTES.md 7), with a state file recording each output's
// SHA-256 and source so a re-run skips what is already complete (6).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputRecord {
  dataset: string;
  sha256: string;
  bytes: number;
  fetchedAt: string;
  /** Where it came from (service or URL actually used). */
  source: string;
  /** What was checked, in words (counts, fields, totals). */
  checks: string;
}

export const STATE_FILE = 'fetch-state.json';

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** Write `bytes` to `path` via a temporary file in the same folder, then rename (atomic on one file system). */
export function writeAtomic(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

export class RawStore {
  readonly cacheDir: string;
  private state: Record<string, OutputRecord>;

  constructor(readonly dir: string) {
    this.cacheDir = join(dir, '.cache');
    const statePath = join(dir, STATE_FILE);
    this.state = existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as Record<string, OutputRecord>) : {};
  }

  /** True when `name` exists and still has the hash recorded when it was fetched and verified. */
  isComplete(name: string): boolean {
    const record = this.state[name];
    const path = join(this.dir, name);
    return Boolean(record && existsSync(path) && sha256(readFileSync(path)) === record.sha256);
  }

  record(name: string): OutputRecord | undefined {
    return this.state[name];
  }

  records(): [string, OutputRecord][] {
    return Object.entries(this.state);
  }

  write(name: string, bytes: Uint8Array | string, meta: Omit<OutputRecord, 'sha256' | 'bytes' | 'fetchedAt'>): OutputRecord {
    writeAtomic(join(this.dir, name), bytes);
    const record: OutputRecord = { ...meta, sha256: sha256(bytes), bytes: typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length, fetchedAt: new Date().toISOString() };
    this.state[name] = record;
    writeAtomic(join(this.dir, STATE_FILE), `${JSON.stringify(this.state, null, 2)}\n`);
    return record;
  }

  /** A verified intermediate download kept for a re-run (e.g. a Nomis zip), or null. */
  readCache(name: string): Buffer | null {
    const path = join(this.cacheDir, name);
    return existsSync(path) ? readFileSync(path) : null;
  }

  writeCache(name: string, bytes: Uint8Array | string): void {
    writeAtomic(join(this.cacheDir, name), bytes);
  }

  clearCache(): void {
    rmSync(this.cacheDir, { recursive: true, force: true });
  }
}
