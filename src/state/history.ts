/**
 * Undo/redo as a pure value: a stack of past snapshots and a stack of undone ones.
 * Kept free of zustand so the coalescing and depth rules are unit-testable on their own.
 */

/** Edits with the same key this close together (ms) become one undo step, e.g. one vertex drag. */
export const COALESCE_MS = 500;
/** Oldest steps are dropped beyond this many, so a long session cannot grow memory without bound. */
export const MAX_HISTORY_DEPTH = 200;

export interface History<T> {
  past: T[];
  future: T[];
  /** Key of the last recorded edit (e.g. `geometry:<id>`), null when the last edit must not coalesce. */
  lastKey: string | null;
  /** Time (ms since epoch) of the last recorded edit. */
  lastAt: number;
}

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], lastKey: null, lastAt: 0 };
}

/**
 * Record that the present state `before` is about to be replaced by an edit.
 * When `key` matches the previous edit and it came within COALESCE_MS, the earlier snapshot already
 * holds the state before the whole burst, so nothing is pushed and the burst undoes as one step.
 */
export function recordEdit<T>(history: History<T>, before: T, key: string | null, now: number, held = false): History<T> {
  // `held`: the edit belongs to a gesture still in progress (a drag with the button down, its own
  // key per gesture), so it joins the previous edit however long the pause: a slow drag, or one on a
  // loaded machine where moves arrive > COALESCE_MS apart, still undoes as one step.
  const coalesce = key !== null && key === history.lastKey && (held || now - history.lastAt < COALESCE_MS);
  if (coalesce) return { ...history, future: [], lastAt: now };
  const past = [...history.past, before];
  if (past.length > MAX_HISTORY_DEPTH) past.splice(0, past.length - MAX_HISTORY_DEPTH);
  return { past, future: [], lastKey: key, lastAt: now };
}

/** Step back: returns the snapshot to restore and the new history, or null when there is nothing to undo. */
export function undoStep<T>(history: History<T>, present: T): { state: T; history: History<T> } | null {
  const state = history.past.at(-1);
  if (state === undefined) return null;
  return {
    state,
    history: { past: history.past.slice(0, -1), future: [present, ...history.future], lastKey: null, lastAt: 0 },
  };
}

/** Step forward again after an undo, or null when there is nothing to redo. */
export function redoStep<T>(history: History<T>, present: T): { state: T; history: History<T> } | null {
  const [state, ...future] = history.future;
  if (state === undefined) return null;
  return { state, history: { past: [...history.past, present], future, lastKey: null, lastAt: 0 } };
}
