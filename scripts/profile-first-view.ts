/**
 * `tsx scripts/profile-first-view.ts [built-app-dir]`: one throttled phone visit of a share link
 * (as scripts/bench-browser.ts) with the V8 CPU profiler on the page's main thread. Prints every
 * performance mark, the page's resource timings, the functions with the most self time, and a
 * second-by-second breakdown, and writes first-view.cpuprofile (open it in Chrome DevTools).
 * Without a directory it builds the app unminified into a temporary one, so names are readable.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { encodeShareToken } from '../src/io/share-link';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { FIRST_VIEW, PHONE, PHONE_CPU_THROTTLE, visit, waitForMarks } from './lib/first-view';
import { BENCH_SHARED_PROPOSAL } from './lib/shared-proposal';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const ROOT = resolve(import.meta.dirname, '..');
const given = process.argv[2];
const dir = given ?? mkdtempSync(join(tmpdir(), 'ldm-profile-'));
if (!given) await build({ root: ROOT, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true, sourcemap: false, minify: false } });
const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0, open: false } });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('vite preview did not report its URL');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
try {
  // Profiling starts after navigation has begun, so the first few hundred ms are not in the profile.
  const session = await visit(browser, `${base}#share=${await encodeShareToken([BENCH_SHARED_PROPOSAL])}`, { context: PHONE, cpuThrottle: PHONE_CPU_THROTTLE });
  const cdp = await session.page.context().newCDPSession(session.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await waitForMarks(session.page, [...FIRST_VIEW, 'results-shown'], 180_000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const marks = await session.page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${Math.round(m.startTime).toString().padStart(6)} ${m.name}`));
  const resources = await session.page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => `${Math.round(r.startTime).toString().padStart(6)} → ${Math.round(r.responseEnd).toString().padStart(6)} ${r.name.split('/').pop()}`),
  );
  console.log(`marks (ms since navigation):\n${marks.join('\n')}\n\nmain-thread fetches:\n${resources.join('\n')}`);
  writeFileSync('first-view.cpuprofile', JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const buckets = new Map<number, Map<string, number>>();
  let t = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    const dt = (profile.timeDeltas?.[i] ?? 0) / 1000;
    t += profile.timeDeltas?.[i] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName || '(anonymous)';
    const key = `${name} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    // Context for the timeline: the outermost three named frames of the stack.
    const chain: string[] = [];
    for (let a: number | undefined = id; a !== undefined; a = parent.get(a)) chain.push(byId.get(a)?.callFrame.functionName ?? '');
    const context = name.startsWith('(') ? name : chain.slice(-4, -1).reverse().join(' > ');
    const second = Math.floor((t - profile.startTime) / 1e6);
    const bucket = buckets.get(second) ?? new Map<string, number>();
    bucket.set(context, (bucket.get(context) ?? 0) + dt);
    buckets.set(second, bucket);
  });
  console.log('\nself time, ms (top 20):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${v.toFixed(0).padStart(6)} ${k}`);
  console.log('\nper second of profile (top 4 stacks):');
  for (const [second, bucket] of [...buckets].sort((a, b) => a[0] - b[0])) {
    console.log(`${second}s ${[...bucket].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k}=${v.toFixed(0)}`).join('  ')}`);
  }
  await session.close();
} finally {
  await browser.close();
  await server.close();
  if (!given) rmSync(dir, { recursive: true, force: true });
}
