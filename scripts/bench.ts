/**
 * `npm run bench [-- --reps N --baseline-samples K --baseline-slow]`: time analyse() on a fixed, seeded set of
 * proposals against two baselines in the same run, and check the budget (borough-sized 200-vertex
 * proposal: p95 ≤ 10 ms and ≥ 20× faster than the naive baseline).
 *
 * Baselines: the ONS custom-area-profile method (flatbush over output-area centroids +
 * turf point-in-polygon, population only: scripts/lib/ons-baseline.ts), timed like ours, so the
 * table shows what our full analysis costs against the best peer method; and the naive turf loop
 * (scripts/lib/naive-baseline.ts) answering the same questions as ours without any index.
 *
 * Ours: every proposal, `reps` timed runs each after one warm-up, all groups first (so the
 * baseline's garbage does not land in our timings). Baseline: the first K proposals of each
 * group once each (it takes seconds per proposal), so its p95 over few samples is close to its
 * maximum. Wall-clock ms decide the budget; process CPU ms are printed beside them because this
 * machine is shared (load average printed too).
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { analyse } from '../src/analysis/analyse';
import { prepare } from '../src/analysis/prepare';
import { benchGroups } from './lib/bench-proposals';
import { loadAppDataFromDir } from './lib/load-data';
import { naiveAnalyse } from './lib/naive-baseline';
import { createOnsBaseline } from './lib/ons-baseline';

const { values } = parseArgs({
  options: { reps: { type: 'string', default: '10' }, 'baseline-samples': { type: 'string', default: '2' }, 'baseline-slow': { type: 'boolean', default: false } },
});
const reps = Math.max(1, Number(values.reps));
const baselineSamples = Math.max(0, Number(values['baseline-samples']));

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] as number);
};
const ms = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

/** Wall and CPU (user + system) milliseconds of one call. */
function time(f: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  f();
  const wall = performance.now() - t;
  const used = process.cpuUsage(c);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

console.log(`load average at start: ${load()} (${availableParallelism()} cores)`);
const t0 = performance.now();
const data = await loadAppDataFromDir();
const loadMs = performance.now() - t0;
const before = process.memoryUsage();
const prep = prepare(data);
const after = process.memoryUsage();
console.log(`data load + validation ${ms(loadMs)} ms; index build (prepare) ${ms(prep.prepareMs)} ms; memory for the indexes: heap +${mb(after.heapUsed - before.heapUsed)}, +${mb(after.arrayBuffers - before.arrayBuffers)} typed arrays (process RSS ${mb(after.rss)})`);
console.log(`${prep.oa.count} output areas, ${prep.lsoa.props.length} LSOAs, ${prep.wards.props.length} wards, ${prep.boroughs.props.length} boroughs, ${prep.services?.props.length ?? 0} services`);
const ons = createOnsBaseline(data);
console.log(`ONS-method baseline index (flatbush over ${data.oa.codes.length} OA centroids) ${ms(ons.buildMs)} ms`);
console.log(`ours and ONS method: ${reps} timed runs per proposal after a warm-up; naive baseline: ${baselineSamples} proposal(s) per group, once each\n`);

const groups = benchGroups(data);
const ours = groups.map((group) => {
  const wall: number[] = [];
  const cpu: number[] = [];
  const vertices: number[] = [];
  const estimates: number[] = [];
  for (const geometry of group.proposals) {
    const input = { id: 'bench', name: 'bench', kind: 'parish' as const, geometry };
    const first = analyse(prep, input);
    vertices.push(first.vertexCount);
    estimates.push(first.population.estimate);
    for (let r = 0; r < reps; r++) {
      const t = time(() => analyse(prep, input));
      wall.push(t.wall);
      cpu.push(t.cpu);
    }
  }
  console.log(`… ours: ${group.name}`);
  return { wall, cpu, vertices, estimates };
});
const onsMethod = groups.map((group, g) => {
  const wall: number[] = [];
  const cpu: number[] = [];
  let worstDiff = 0;
  group.proposals.forEach((geometry, k) => {
    const people = ons.population(geometry); // warm-up, and the figure to compare with ours
    const ourEstimate = ours[g]?.estimates[k] ?? 0;
    worstDiff = Math.max(worstDiff, Math.abs(ourEstimate - people) / Math.max(1, people));
    for (let r = 0; r < reps; r++) {
      const t = time(() => ons.population(geometry));
      wall.push(t.wall);
      cpu.push(t.cpu);
    }
  });
  console.log(`… ONS method: ${group.name}`);
  return { wall, cpu, worstDiff };
});
const naive = groups.map((group) => {
  if (group.slowBaseline && !values['baseline-slow']) {
    console.log(`… naive: ${group.name} skipped (minutes per proposal; add --baseline-slow)`);
    return [];
  }
  const wall = group.proposals.slice(0, baselineSamples).map((geometry) => time(() => naiveAnalyse(data, geometry)).wall);
  console.log(`… naive: ${group.name}`);
  return wall;
});

const header = ['group', 'n', 'vertices', 'ours p50', 'ours p95', 'ours CPU p50', 'ours CPU p95', 'ONS p50', 'ONS p95', 'ONS CPU p50', 'ours÷ONS p50', 'ours÷ONS CPU p50', 'pop Δ vs ONS max', 'naive p50', 'naive p95', 'speed-up p50', 'speed-up p95'];
let budgetOk = true;
const rows = groups.map((group, g) => {
  const o = ours[g] ?? { wall: [], cpu: [], vertices: [] };
  const n = naive[g] ?? [];
  const onsRow = onsMethod[g] ?? { wall: [], cpu: [], worstDiff: Number.NaN };
  const s50 = percentile(onsRow.wall, 0.5);
  const sCpu50 = percentile(onsRow.cpu, 0.5);
  const [o50, o95, n50, n95] = [percentile(o.wall, 0.5), percentile(o.wall, 0.95), percentile(n, 0.5), percentile(n, 0.95)];
  if (group.budget && !(o95 <= 10 && (baselineSamples === 0 || n95 / o95 >= 20))) budgetOk = false;
  const ratio = (a: number, b: number, digits = 0) => (Number.isNaN(a / b) ? '—' : `${(a / b).toFixed(digits)}×`);
  return [
    (group.budget ? '* ' : '  ') + group.name,
    String(group.proposals.length),
    String(percentile(o.vertices, 0.5)),
    ms(o50),
    ms(o95),
    ms(percentile(o.cpu, 0.5)),
    ms(percentile(o.cpu, 0.95)),
    ms(s50),
    ms(percentile(onsRow.wall, 0.95)),
    ms(sCpu50),
    ratio(o50, s50, 1),
    ratio(percentile(o.cpu, 0.5), sCpu50, 1),
    `${(onsRow.worstDiff * 100).toFixed(2)}%`,
    ms(n50),
    ms(n95),
    ratio(n50, o50),
    ratio(n95, o95),
  ];
});

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ');
console.log(`\ntimes in ms (wall clock unless marked CPU); vertices = median per proposal\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
for (const r of rows) console.log(line(r));
console.log(`\nONS = the ONS custom-area-profile method (population only); ours÷ONS = what our full analysis (population with the LSOA rule and range, age bands, electorate, wards, boroughs, services, BIDs, parishes, governance) costs against it;`);
console.log(`pop Δ vs ONS = largest |our headline − ONS-method figure| / ONS figure in the group (our LSOA rule and controlled OA counts vs plain centroids).`);
console.log(`\nload average at end: ${load()}`);
console.log(`* budget rows: wall p95 ≤ 10 ms and ≥ 20× the naive baseline → ${budgetOk ? 'PASS' : 'FAIL'}`);
process.exitCode = budgetOk ? 0 : 1;
