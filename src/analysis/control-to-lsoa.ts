/**
 * Output-area residents controlled to their LSOA's published Census 2021 count.
 *
 * Why: ONS perturbs each Census 2021 table independently (cell key perturbation), so the
 * output-area counts of an LSOA do not always add up to the LSOA's own published count: in the
 * London bundle 2,674 of 4,994 LSOAs differ, by 1–4 people (OA table 8,799,770 residents, LSOA
 * table 8,799,790; the City of London's OAs add up to 8,589 against its published 8,583). The
 * engine counts an LSOA wholly inside a proposal at its published figure and splits a cut LSOA
 * by its output areas; for both to agree (and for inside + outside to equal the London total
 * exactly) each LSOA's output areas are scaled to the LSOA's figure and rounded to whole people
 * by the largest-remainder method (ties to the smaller OA code, so the result does not depend on
 * the order of the table). Each OA moves by at most a
 * few people; the published OA figures stay in AppData untouched.
 */

/**
 * Integer residents per OA whose sum over each LSOA equals `lsoaPopulation[l]` exactly.
 * `oaOfLsoa[start[l] .. start[l + 1])` lists the OA indexes of LSOA l (CSR, as in prepare.ts);
 * `codes[i]` is OA i's code (OA21CD), the tie-break.
 * An LSOA whose OAs have no residents at all gets its figure split evenly (never happens in the
 * bundle, but keeps the sum exact for any input).
 */
export function controlToLsoaTotals(
  residents: ArrayLike<number>,
  lsoaPopulation: ArrayLike<number>,
  start: ArrayLike<number>,
  oaOfLsoa: ArrayLike<number>,
  codes: readonly string[],
): Float64Array {
  const out = Float64Array.from(residents as ArrayLike<number>);
  for (let l = 0; l < lsoaPopulation.length; l++) {
    const from = start[l] as number;
    const to = start[l + 1] as number;
    if (to <= from) continue;
    const target = Math.max(0, Math.round(lsoaPopulation[l] as number));
    let sum = 0;
    for (let k = from; k < to; k++) sum += residents[oaOfLsoa[k] as number] as number;
    if (sum === target) continue;
    const n = to - from;
    const quotas: { i: number; floor: number; rest: number }[] = [];
    let assigned = 0;
    for (let k = from; k < to; k++) {
      const i = oaOfLsoa[k] as number;
      const q = sum > 0 ? ((residents[i] as number) * target) / sum : target / n;
      const floor = Math.floor(q);
      quotas.push({ i, floor, rest: q - floor });
      assigned += floor;
    }
    const code = (i: number) => codes[i] ?? '';
    const order = [...quotas].sort((a, b) => b.rest - a.rest || (code(a.i) < code(b.i) ? -1 : code(a.i) > code(b.i) ? 1 : 0));
    for (let r = 0; r < target - assigned; r++) {
      const q = order[r % n];
      if (q) q.floor++;
    }
    for (const q of quotas) out[q.i] = q.floor;
  }
  return out;
}
