/**
 * `RUNS=5 tsx scripts/ab-first-view.ts <dirA> <dirB> [...]`: compares the phone first view (as
 * scripts/bench-browser.ts measures it) of two or more built apps, visiting them in turn in each
 * run, so a machine whose load drifts slows them alike. Build each with `npx vite build --outDir`.
 * `DESKTOP=1` compares the desktop cold start (map idle, no share link, no throttling) instead.
 */
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { resolve } from 'node:path';
import { encodeShareToken } from '../src/io/share-link';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { DESKTOP, FIRST_VIEW, PHONE, PHONE_CPU_THROTTLE, firstViewMs, median, visit, waitForMarks, type Marks } from './lib/first-view';
import { BENCH_SHARED_PROPOSAL } from './lib/shared-proposal';

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runs = Number(process.env.RUNS ?? 5);
const desktop = process.env.DESKTOP === '1';
/** The figure compared: the phone's first view, or the desktop's map idle. */
const figure = (m: Marks): number => (desktop ? (m['map-idle'] ?? Number.NaN) : firstViewMs(m));
const ROOT = resolve(import.meta.dirname, '..');
const token = await encodeShareToken([BENCH_SHARED_PROPOSAL]);
const servers = await Promise.all(dirs.map((d) => preview({ root: ROOT, logLevel: 'warn', build: { outDir: d }, preview: { host: '127.0.0.1', port: 0, open: false } })));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const all: Marks[][] = dirs.map(() => []);
for (let i = 0; i < runs; i++) {
  for (let j = 0; j < dirs.length; j++) {
    const base = servers[j]!.resolvedUrls!.local[0]!;
    const p = desktop
      ? await visit(browser, base, { context: DESKTOP })
      : await visit(browser, `${base}#share=${token}`, { context: PHONE, cpuThrottle: PHONE_CPU_THROTTLE });
    all[j]!.push(await waitForMarks(p.page, desktop ? ['map-idle'] : [...FIRST_VIEW, 'results-shown'], 180_000));
    await p.close();
  }
  console.log(`run ${i + 1}: ${all.map((a) => figure(a[i]!).toFixed(0)).join(' | ')}  (load ${loadavg()[0]!.toFixed(1)})`);
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));
const keys = ['map-load', 'map-idle', 'proposals-restored', 'canvas-shown', 'boroughs-painted', 'proposal-fitted', 'proposal-drawn', 'peek-named', 'engine-ready', 'results-shown'] as const;
dirs.forEach((d, j) => {
  const a = all[j]!;
  console.log(`${d}: ${desktop ? 'map idle' : 'first view'} ${median(a.map(figure)).toFixed(0)}  ` + keys.map((k) => `${k}=${median(a.map((m) => m[k] ?? NaN)).toFixed(0)}`).join(' '));
});
