/**
 * A synchronous safety copy of unsaved work in localStorage. IndexedDB writes are asynchronous and
 * a page that is closed or reloaded mid-write loses them (measured here: a write under load took
 * ~2 s, and a reload 600 ms after an edit lost it). localStorage writes finish before `pagehide`
 * returns, so the newest state survives a close; the next start takes whichever copy is newer.
 */
export const JOURNAL_KEY = 'ldm:journal';

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (privacy settings, sandboxed frame)
  }
};

/** Best effort: quota or privacy errors leave IndexedDB as the only copy. */
export function writeJournal(envelope: unknown): void {
  try {
    storage()?.setItem(JOURNAL_KEY, JSON.stringify(envelope));
  } catch {
    // Over quota (a very large proposal): nothing more to do synchronously.
  }
}

export function clearJournal(): void {
  try {
    storage()?.removeItem(JOURNAL_KEY);
  } catch {
    // See writeJournal.
  }
}

/** The journal as stored: parsed, the raw text when it is not JSON, or undefined when absent. */
export function readJournal(): unknown {
  const text = storage()?.getItem(JOURNAL_KEY) ?? null;
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** savedAt of an envelope-like value (ms since epoch), or -Infinity when it has none. */
export function savedAtOf(value: unknown): number {
  const t = typeof value === 'object' && value !== null ? (value as { savedAt?: unknown }).savedAt : undefined;
  return typeof t === 'number' && Number.isFinite(t) ? t : -Infinity;
}
