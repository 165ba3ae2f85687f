import type { StateCreator } from 'zustand';
import { DEFAULT_PRECEPT_PER_HOUSEHOLD, type AnalysisResult, type DataSummary } from '../analysis/types';

export const RESULT_STATUSES = ['pending', 'ready', 'error'] as const;
/** pending = a newer analysis is on its way (any `result` shown is for an earlier shape). */
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export interface ResultEntry {
  status: ResultStatus;
  /** Latest analysis that came back; while pending it belongs to an earlier request. */
  result: AnalysisResult | null;
  /** Sequence number of the newest request; a result is current only when it answers this one. */
  requestSeq: number;
  /** Sequence number `result` answered. */
  resultSeq: number;
  error: string | null;
}

export const ENGINE_STATUSES = ['loading', 'ready', 'error'] as const;
export type EngineStatus = (typeof ENGINE_STATUSES)[number];

export interface ResultsSlice {
  /** Keyed by proposal id; only visible proposals with a shape have an entry. */
  results: Record<string, ResultEntry>;
  /** £ per household per year used for the precept estimate (user setting). */
  preceptPerHousehold: number;
  engineStatus: EngineStatus;
  engineError: string | null;
  engineSummary: DataSummary | null;
  setPreceptPerHousehold: (pounds: number) => void;
  markResultPending: (id: string, seq: number) => void;
  /** Store a finished analysis; ignored if an even newer one already landed. */
  setResult: (id: string, seq: number, result: AnalysisResult) => void;
  setResultError: (id: string, seq: number, message: string) => void;
  dropResults: (ids: readonly string[]) => void;
  setEngine: (status: EngineStatus, detail?: { error?: string; summary?: DataSummary }) => void;
}

const blank: ResultEntry = { status: 'pending', result: null, requestSeq: 0, resultSeq: 0, error: null };

export const createResultsSlice: StateCreator<ResultsSlice, [], [], ResultsSlice> = (set) => ({
  results: {},
  preceptPerHousehold: DEFAULT_PRECEPT_PER_HOUSEHOLD,
  engineStatus: 'loading',
  engineError: null,
  engineSummary: null,

  setPreceptPerHousehold: (pounds) => {
    if (Number.isFinite(pounds) && pounds >= 0) set({ preceptPerHousehold: pounds });
  },
  markResultPending: (id, seq) =>
    set((s) => ({ results: { ...s.results, [id]: { ...(s.results[id] ?? blank), status: 'pending', requestSeq: seq } } })),
  setResult: (id, seq, result) =>
    set((s) => {
      const entry = s.results[id];
      if (!entry || seq < entry.resultSeq) return {};
      const status = seq >= entry.requestSeq ? 'ready' : 'pending';
      return { results: { ...s.results, [id]: { ...entry, status, result, resultSeq: seq, error: null } } };
    }),
  setResultError: (id, seq, message) =>
    set((s) => {
      const entry = s.results[id];
      if (!entry || seq < entry.requestSeq) return {};
      return { results: { ...s.results, [id]: { ...entry, status: 'error', error: message } } };
    }),
  dropResults: (ids) =>
    set((s) => {
      if (!ids.some((id) => id in s.results)) return {};
      const results = { ...s.results };
      for (const id of ids) delete results[id];
      return { results };
    }),
  setEngine: (status, detail = {}) =>
    set((s) => ({ engineStatus: status, engineError: detail.error ?? null, engineSummary: detail.summary ?? s.engineSummary })),
});
