/**
 * Latest-request-wins scheduling per key (proposal id), independent of workers so node tests reach it.
 *
 * At most one request per key is in flight and at most one waits behind it. A newer request
 * replaces the waiting one, which resolves 'superseded' and is never sent: stale work is skipped,
 * not merely ignored. The in-flight request, already being computed, still resolves with its
 * result (results for one key arrive in request order, so the newest always lands last).
 */
export const SUPERSEDED = 'superseded' as const;
export type Superseded = typeof SUPERSEDED;

interface Waiting<I, R> {
  input: I;
  resolve: (value: R | Superseded) => void;
  reject: (reason: unknown) => void;
}

export interface LatestWins<I, R> {
  submit(key: string, input: I): Promise<R | Superseded>;
  /** Requests currently in flight (for tests and diagnostics). */
  inFlightCount(): number;
  /** Resolve every waiting request 'superseded' (e.g. on dispose). */
  cancelAll(): void;
}

export function createLatestWins<I, R>(run: (input: I) => Promise<R>): LatestWins<I, R> {
  const inFlight = new Set<string>();
  const waiting = new Map<string, Waiting<I, R>>();

  const start = (key: string, job: Waiting<I, R>): void => {
    inFlight.add(key);
    run(job.input)
      .then(job.resolve, job.reject)
      .finally(() => {
        inFlight.delete(key);
        const next = waiting.get(key);
        if (next) {
          waiting.delete(key);
          start(key, next);
        }
      });
  };

  return {
    submit(key, input) {
      return new Promise<R | Superseded>((resolve, reject) => {
        const job = { input, resolve, reject };
        if (!inFlight.has(key)) {
          start(key, job);
          return;
        }
        waiting.get(key)?.resolve(SUPERSEDED);
        waiting.set(key, job);
      });
    },
    inFlightCount: () => inFlight.size,
    cancelAll() {
      for (const job of waiting.values()) job.resolve(SUPERSEDED);
      waiting.clear();
    },
  };
}
