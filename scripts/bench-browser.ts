/**
 * `npm run bench:browser [-- --runs N]`: the start-up budgets in headless chromium, on the production
 * build served by `vite preview` (DESIGN.md "Performance budgets", issue 11 item 4):
 *  - desktop cold start (1280×800): navigation → every layer shown at start loaded and drawn (map idle);
 *  - phone first view of a share link (390×844, touch, DPR 2, CPU throttled ×4 over CDP): the map
 *    with the borough outlines, the proposal drawn and fitted, its name in the peek;
 *  - phone results shown: the proposal's population in the peek.
 * Each visit is a fresh browser context (a first visit: empty cache, no service worker). Prints every
 * milestone's median over N runs, the load average (the machine is shared, so figures are noisy), and
 * the ratio of each headline figure to its budget. Measured here, never asserted in a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { encodeShareToken } from '../src/io/share-link';
import { MILESTONES, type Milestone } from '../src/perf/marks';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { BUDGET_MS, DESKTOP, FIRST_VIEW, PHONE, PHONE_CPU_THROTTLE, firstViewMs, median, visit, waitForMarks, type Marks } from './lib/first-view';
import { BENCH_SHARED_PROPOSAL } from './lib/shared-proposal';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'skip-build': { type: 'string' } } });
const runs = Math.max(1, Number(values.runs));
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const ROOT = resolve(import.meta.dirname, '..');

console.log(`load average at start: ${load()} (${availableParallelism()} cores)`);
const outDir = values['skip-build'] ?? mkdtempSync(join(tmpdir(), 'ldm-bench-'));
if (!values['skip-build']) await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error('vite preview did not report its URL');
const shareUrl = `${baseUrl}#share=${await encodeShareToken([BENCH_SHARED_PROPOSAL])}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });

const desktop: Marks[] = [];
const phone: Marks[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const d = await visit(browser, baseUrl, { context: DESKTOP });
    desktop.push(await waitForMarks(d.page, ['map-idle'], 120_000));
    await d.close();
    const p = await visit(browser, shareUrl, { context: PHONE, cpuThrottle: PHONE_CPU_THROTTLE });
    phone.push(await waitForMarks(p.page, [...FIRST_VIEW, 'results-shown'], 180_000));
    await p.close();
    console.log(`… run ${i + 1}/${runs} (load ${load()})`);
  }
} finally {
  await browser.close();
  await server.close();
  if (!values['skip-build']) rmSync(outDir, { recursive: true, force: true });
}

const fmt = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(0).padStart(6));
const col = (all: Marks[], m: Milestone) => median(all.map((r) => r[m] ?? Number.NaN).filter((x) => !Number.isNaN(x)));
console.log(`\nmilestones, ms since navigation start, median of ${runs} (desktop | phone ×${PHONE_CPU_THROTTLE} CPU):`);
for (const m of Object.keys(MILESTONES) as Milestone[]) {
  console.log(`  ${m.padEnd(17)} ${fmt(col(desktop, m))} | ${fmt(col(phone, m))}   ${MILESTONES[m]}`);
}
const rows: [string, number[], number | null][] = [
  ['desktop cold start (map idle)', desktop.map((r) => r['map-idle'] ?? Number.NaN), BUDGET_MS.desktopColdStart],
  [`phone first view (CPU ×${PHONE_CPU_THROTTLE})`, phone.map(firstViewMs), BUDGET_MS.phoneFirstView],
  [`phone results shown (CPU ×${PHONE_CPU_THROTTLE})`, phone.map((r) => r['results-shown'] ?? Number.NaN), null],
];
console.log('');
for (const [name, xs, budget] of rows) {
  const m = median(xs);
  const ratio = budget ? `  ${(m / budget).toFixed(2)}× the ${budget} ms budget` : '  (no budget: may follow the first view)';
  console.log(`${name.padEnd(34)} median ${fmt(m)} ms  [${xs.map((x) => x.toFixed(0)).join(', ')}]${ratio}`);
}
console.log(`\nload average at end: ${load()}`);
