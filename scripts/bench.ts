/**
 * `npm run bench [-- --reps N --baseline-samples K]`: time analyse() on a fixed, seeded set of
 * proposals against the naive turf baseline in the same run, and check the budget
 * (borough-sized 200-vertex proposal: p95 ≤ 10 ms and ≥ 20× faster than the baseline).
 *
 * Ours: every proposal, `reps` timed runs each after one warm-up. Baseline: the first K
 * proposals of each group once each (it takes seconds per proposal), so its p95 over few
 * samples is close to its maximum; the ratio compares like percentiles.
 */
import { parseArgs } from 'node:util';
import { analyse } from '../src/analysis/analyse';
import { prepare } from '../src/analysis/prepare';
import { benchGroups } from './lib/bench-proposals';
import { loadAppDataFromDir } from './lib/load-data';
import { naiveAnalyse } from './lib/naive-baseline';

const { values } = parseArgs({ options: { reps: { type: 'string', default: '10' }, 'baseline-samples': { type: 'string', default: '3' } } });
const reps = Math.max(1, Number(values.reps));
const baselineSamples = Math.max(0, Number(values['baseline-samples']));

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] as number);
};
const ms = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

const t0 = performance.now();
const data = await loadAppDataFromDir();
const loadMs = performance.now() - t0;
const heapBefore = process.memoryUsage().heapUsed;
const prep = prepare(data);
const heapAfter = process.memoryUsage().heapUsed;
console.log(`data load + validation ${ms(loadMs)} ms; index build (prepare) ${ms(prep.prepareMs)} ms; heap +${mb(heapAfter - heapBefore)} for the indexes (total heap ${mb(heapAfter)})`);
console.log(`${prep.oa.count} output areas, ${prep.lsoa.props.length} LSOAs, ${prep.wards.props.length} wards, ${prep.boroughs.props.length} boroughs, ${prep.services?.props.length ?? 0} services`);
console.log(`ours: ${reps} timed runs per proposal after a warm-up; naive baseline: ${baselineSamples} proposal(s) per group, once each\n`);

const header = ['group', 'n', 'vertices (median)', 'ours p50 ms', 'ours p95 ms', 'naive p50 ms', 'naive p95 ms', 'speed-up p50', 'speed-up p95'];
const rows: string[][] = [];
let budgetOk = true;
for (const group of benchGroups(data)) {
  const ours: number[] = [];
  const vertices: number[] = [];
  for (const geometry of group.proposals) {
    const input = { id: 'bench', name: 'bench', kind: 'parish' as const, geometry };
    vertices.push(analyse(prep, input).vertexCount);
    for (let r = 0; r < reps; r++) {
      const start = performance.now();
      analyse(prep, input);
      ours.push(performance.now() - start);
    }
  }
  const naive: number[] = [];
  for (const geometry of group.proposals.slice(0, baselineSamples)) {
    const start = performance.now();
    naiveAnalyse(data, geometry);
    naive.push(performance.now() - start);
  }
  const [o50, o95, n50, n95] = [percentile(ours, 0.5), percentile(ours, 0.95), percentile(naive, 0.5), percentile(naive, 0.95)];
  const ratio50 = n50 / o50;
  const ratio95 = n95 / o95;
  if (group.budget && !(o95 <= 10 && (baselineSamples === 0 || ratio95 >= 20))) budgetOk = false;
  rows.push([(group.budget ? '* ' : '  ') + group.name, String(group.proposals.length), String(percentile(vertices, 0.5)), ms(o50), ms(o95), ms(n50), ms(n95), `${ratio50.toFixed(0)}×`, `${ratio95.toFixed(0)}×`]);
  console.log(`… ${group.name} done`);
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
for (const r of rows) console.log(line(r));
console.log(`\n* budget rows: p95 ≤ 10 ms and ≥ 20× the naive baseline → ${budgetOk ? 'PASS' : 'FAIL'}`);
process.exitCode = budgetOk ? 0 : 1;
