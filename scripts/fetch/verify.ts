// Checks shared by the dataset handlers. Every message starts with the dataset id and says what arrived.

/** A download that is not what the publisher should have sent; the message says what arrived. */
export class DownloadError extends Error {
  constructor(dataset: string, problem: string) {
    super(`${dataset}: ${problem}`);
    this.name = 'DownloadError';
  }
}

export interface CountExpectation {
  count?: number;
  min?: number;
  max?: number;
  /** Field → number of distinct values it must have (e.g. LAD22CD: 33 boroughs). */
  distinct?: Record<string, number>;
}

/** Row count and distinct values per field, as sources.json states them; returns the checks in words. */
export function checkCounts(id: string, rows: readonly Record<string, unknown>[], expect: CountExpectation): string {
  const n = rows.length;
  if (expect.count !== undefined && n !== expect.count) throw new DownloadError(id, `has ${n.toLocaleString('en-GB')} rows, expected exactly ${expect.count.toLocaleString('en-GB')}`);
  if (expect.min !== undefined && n < expect.min) throw new DownloadError(id, `has ${n.toLocaleString('en-GB')} rows, expected at least ${expect.min.toLocaleString('en-GB')}`);
  if (expect.max !== undefined && n > expect.max) throw new DownloadError(id, `has ${n.toLocaleString('en-GB')} rows, expected at most ${expect.max.toLocaleString('en-GB')}`);
  const checks = [`${n.toLocaleString('en-GB')} rows`];
  for (const [field, wanted] of Object.entries(expect.distinct ?? {})) {
    const distinct = new Set(rows.map((row) => row[field])).size;
    if (distinct !== wanted) throw new DownloadError(id, `has ${distinct} distinct ${field}, expected ${wanted}`);
    checks.push(`${wanted.toLocaleString('en-GB')} ${field}`);
  }
  return checks.join(', ');
}

/** Columns a table must have; lists what it has instead. */
export function checkFields(id: string, present: readonly string[], wanted: readonly string[]): void {
  const missing = wanted.filter((field) => !present.includes(field));
  if (missing.length > 0) throw new DownloadError(id, `lacks field(s) ${missing.join(', ')}; it has ${present.slice(0, 12).join(', ')}`);
}
