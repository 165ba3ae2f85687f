import { describe, expect, it } from 'vitest';
import { createLatestWins, SUPERSEDED } from '../../../src/worker/latest-wins';

/** A run function whose calls complete only when the test says so, recording what was started. */
function controllable() {
  const started: number[] = [];
  const finishers: Array<() => void> = [];
  const run = (input: number) =>
    new Promise<number>((resolve) => {
      started.push(input);
      finishers.push(() => resolve(input * 10));
    });
  return { run, started, finish: () => finishers.shift()?.() };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('latest-wins scheduling', () => {
  it('skips stale waiting requests: they resolve superseded and are never run', async () => {
    const c = controllable();
    const s = createLatestWins(c.run);
    const p1 = s.submit('a', 1);
    const p2 = s.submit('a', 2);
    const p3 = s.submit('a', 3);
    expect(await p2).toBe(SUPERSEDED);
    c.finish();
    expect(await p1).toBe(10);
    await tick();
    c.finish();
    expect(await p3).toBe(30);
    expect(c.started).toEqual([1, 3]);
  });

  it('keeps different keys independent', async () => {
    const c = controllable();
    const s = createLatestWins(c.run);
    const a = s.submit('a', 1);
    const b = s.submit('b', 2);
    expect(s.inFlightCount()).toBe(2);
    c.finish();
    c.finish();
    expect([await a, await b]).toEqual([10, 20]);
  });

  it('passes errors through and keeps going', async () => {
    let calls = 0;
    const s = createLatestWins(async (n: number) => {
      calls += 1;
      if (n < 0) throw new Error('bad');
      return n;
    });
    await expect(s.submit('a', -1)).rejects.toThrow('bad');
    expect(await s.submit('a', 5)).toBe(5);
    expect(calls).toBe(2);
  });

  it('cancelAll resolves waiting requests superseded', async () => {
    const c = controllable();
    const s = createLatestWins(c.run);
    void s.submit('a', 1);
    const waiting = s.submit('a', 2);
    s.cancelAll();
    expect(await waiting).toBe(SUPERSEDED);
  });
});
