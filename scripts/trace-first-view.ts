/**
 * `tsx scripts/trace-first-view.ts <built-app-dir>` (build with `npx vite build --outDir <dir>`): one
 * throttled phone visit of the bench's share link (as scripts/bench-browser.ts) under a Chrome trace.
 * Prints, up to the first view, each thread's busy time (wall and CPU) with its biggest task kinds,
 * and the main thread's frames and commits (a commit that waits in GLES2::ReadPixels is the software
 * compositor reading a WebGL frame back: see src/map/first-frame.ts). Writes the whole trace to
 * /tmp/first-view-trace.json (open it in chrome://tracing or Perfetto). EXTRA=cc,gpu,blink adds
 * categories. CPU time is less swayed by a busy machine than wall time, so compare those.
 */
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { encodeShareToken } from '../src/io/share-link';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { FIRST_VIEW, PHONE, PHONE_CPU_THROTTLE, firstViewMs, waitForMarks } from './lib/first-view';
import { BENCH_SHARED_PROPOSAL } from './lib/shared-proposal';

interface Ev { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown> }
const dir = process.argv[2]!;
const ROOT = resolve(import.meta.dirname, '..');
const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0, open: false } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const context = await browser.newContext({ ...PHONE });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_THROTTLE });
await browser.startTracing(page, { categories: [...(process.env.EXTRA ? process.env.EXTRA.split(',') : []), 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', '__metadata'] });
const t0 = Date.now();
await page.goto(`${server.resolvedUrls!.local[0]}#share=${await encodeShareToken([BENCH_SHARED_PROPOSAL])}`);
const marks = await waitForMarks(page, [...FIRST_VIEW, 'results-shown'], 180_000);
const buf = await browser.stopTracing();
console.log(`load ${loadavg()[0]!.toFixed(1)}; first view ${firstViewMs(marks).toFixed(0)}; wall ${Date.now() - t0}`, marks);
writeFileSync('/tmp/first-view-trace.json', buf);
const events: Ev[] = (JSON.parse(buf.toString()) as { traceEvents: Ev[] }).traceEvents;
const names = new Map<string, string>();
const pnames = new Map<number, string>();
for (const e of events) {
  if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name));
  if (e.ph === 'M' && e.name === 'process_name') pnames.set(e.pid, String((e.args as { name: string }).name));
}
const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationBodyLoader::StartLoadingBody');
const markEv = events.filter((e) => e.name.startsWith('ldm:'));
const start = Math.min(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts)) || (nav?.ts ?? 0);
const fvMark = markEv.find((e) => e.name === 'ldm:proposal-drawn');
const end = fvMark ? fvMark.ts : Infinity;
console.log('marks (trace ms since navigationStart):', markEv.map((e) => `${e.name}=${((e.ts - start) / 1000).toFixed(0)}`).join(' '));
const per = new Map<string, { wall: number; cpu: number; kinds: Map<string, number> }>();
const lastEnd = new Map<string, number>();
const keyOf = (e: Ev) => `${pnames.get(e.pid) ?? e.pid}/${names.get(`${e.pid}:${e.tid}`) ?? ''}#${e.tid}`;
for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
  if (e.ph !== 'X' || !e.dur || e.ts < start || e.ts > end) continue;
  if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask' && e.name !== 'ThreadPool_RunTask') continue;
  const key = keyOf(e);
  if (e.ts < (lastEnd.get(key) ?? 0)) continue;
  lastEnd.set(key, e.ts + e.dur);
  const r = per.get(key) ?? { wall: 0, cpu: 0, kinds: new Map() };
  r.wall += e.dur / 1000;
  r.cpu += (e.tdur ?? 0) / 1000;
  per.set(key, r);
}
// Kinds: devtools.timeline complete events nested directly in tasks (approx: by name, summed, may overlap).
for (const e of events) {
  if (e.ph !== 'X' || !e.dur || e.ts < start || e.ts > end || !e.cat.includes('devtools.timeline')) continue;
  const r = per.get(keyOf(e));
  if (!r) continue;
  const url = (e.args as { data?: { url?: string; functionName?: string } } | undefined)?.data;
  const k = e.name + (url?.functionName ? `:${url.functionName}` : '') + (url?.url ? `@${url.url.split('/').pop()}` : '');
  r.kinds.set(k, (r.kinds.get(k) ?? 0) + e.dur / 1000);
}
for (const [k, r] of [...per].sort((a, b) => b[1].wall - a[1].wall).slice(0, 12)) {
  console.log(`${k.padEnd(50)} wall ${r.wall.toFixed(0).padStart(6)} cpu ${r.cpu.toFixed(0).padStart(6)}   ` + [...r.kinds].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, v]) => `${n}=${v.toFixed(0)}`).join(' '));
}
await browser.close();
await server.close();
{
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args as { name: string }).name === 'CrRendererMain')!;
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= start && e.ts <= end);
  const sum = (n: string, f: 'dur' | 'tdur') => mine.filter((e) => e.name === n).reduce((s, e) => s + (e[f] ?? 0) / 1000, 0);
  console.log(`MAIN until first view: commits ${mine.filter((e) => e.name === 'Commit').length} (wall ${sum('Commit', 'dur').toFixed(0)}, cpu ${sum('Commit', 'tdur').toFixed(0)}); frames ${mine.filter((e) => e.name === 'FireAnimationFrame').length} (wall ${sum('FireAnimationFrame', 'dur').toFixed(0)}); FunctionCall wall ${sum('FunctionCall', 'dur').toFixed(0)}; HandlePostMessage ${sum('HandlePostMessage', 'dur').toFixed(0)}; evaluateModule ${sum('v8.evaluateModule', 'dur').toFixed(0)}`);
}
