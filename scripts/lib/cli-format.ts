/**
 * Output formats of the analyse CLI: the full results as JSON, or one CSV row per proposal
 * with the headline figures (RFC 4180 quoting).
 */
import { toCsv as sharedToCsv } from '../../src/io/export/csv';
import type { AnalysisResult, ProposalInput } from '../../src/analysis/types';

export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function toJson(rows: { input: ProposalInput; result: AnalysisResult }[]): string {
  return JSON.stringify(rows.map(({ input, result }) => ({ name: input.name, kind: input.kind, ...result })), null, 2);
}

/** One CSV row per proposal: the same columns as the app's CSV download (src/io/export/csv.ts). */
export function toCsv(rows: { input: ProposalInput; result: AnalysisResult }[]): string {
  return sharedToCsv(rows);
}
