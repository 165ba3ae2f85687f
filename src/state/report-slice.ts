import type { StateCreator } from 'zustand';

/** Which printable report is open: every proposal ('all') or one proposal's id; null = closed. */
export interface ReportSlice {
  reportFor: 'all' | string | null;
  openReport: (which: 'all' | string) => void;
  closeReport: () => void;
}

export const createReportSlice: StateCreator<ReportSlice, [], [], ReportSlice> = (set) => ({
  reportFor: null,
  openReport: (which) => set({ reportFor: which }),
  closeReport: () => set({ reportFor: null }),
});
