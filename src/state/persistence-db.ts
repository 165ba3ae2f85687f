/**
 * Where saved work lives: one IndexedDB database, one object store, a few keys (idb-keyval).
 * Names are exported so browser tests can plant a corrupt record exactly where the app looks.
 */
import { createStore, get, keys, set, type UseStore } from 'idb-keyval';

export const DB_NAME = 'london-district-mapper';
export const DB_STORE = 'state';
export const STATE_KEY = 'ldm:state';
export const QUARANTINE_PREFIX = 'ldm:quarantine:';
/** User settings (precept per household), kept apart from the proposals envelope. */
export const SETTINGS_KEY = 'ldm:settings';

/** What gets written under a quarantine key: the original value untouched, plus why it was set aside. */
export interface QuarantineRecord {
  /** ms since epoch. */
  quarantinedAt: number;
  problems: string[];
  original: unknown;
}

let db: UseStore | null = null;
/** Created lazily: opening IndexedDB at import time would fail in tests that install fake-indexeddb later. */
const store = (): UseStore => (db ??= createStore(DB_NAME, DB_STORE));

/** Reference layers the user loaded (persistence-reference.ts), kept apart from the proposals envelope. */
export const REFERENCE_KEY = 'ldm:reference-layers';
export const readReferenceLayers = (): Promise<unknown> => get<unknown>(REFERENCE_KEY, store());
export const writeReferenceLayers = (value: unknown): Promise<void> => set(REFERENCE_KEY, value, store());

export const readSaved = (): Promise<unknown> => get<unknown>(STATE_KEY, store());
export const readSettings = (): Promise<unknown> => get<unknown>(SETTINGS_KEY, store());
export const writeSettings = (value: unknown): Promise<void> => set(SETTINGS_KEY, value, store());
export const writeSaved = (value: unknown): Promise<void> => set(STATE_KEY, value, store());

/** Sets `original` aside under a new, time-stamped key and returns that key. */
export async function quarantine(original: unknown, problems: string[], now: number): Promise<string> {
  let key = `${QUARANTINE_PREFIX}${new Date(now).toISOString()}`;
  const existing = new Set(await keys(store()));
  for (let n = 2; existing.has(key); n += 1) key = `${QUARANTINE_PREFIX}${new Date(now).toISOString()}-${n}`;
  const record: QuarantineRecord = { quarantinedAt: now, problems, original };
  await set(key, record, store());
  return key;
}

export const readQuarantine = (key: string): Promise<QuarantineRecord | undefined> => get<QuarantineRecord>(key, store());

export async function listQuarantineKeys(): Promise<string[]> {
  const all = await keys(store());
  return all.filter((k): k is string => typeof k === 'string' && k.startsWith(QUARANTINE_PREFIX)).sort();
}
