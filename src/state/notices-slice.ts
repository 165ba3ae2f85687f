import type { StateCreator } from 'zustand';

export const NOTICE_TONES = ['info', 'warning', 'error'] as const;
export type NoticeTone = (typeof NOTICE_TONES)[number];

/** A message the user must see (restore problems, share-link imports, save failures) until dismissed. */
export interface Notice {
  id: string;
  tone: NoticeTone;
  title: string;
  details: string[];
  /** IndexedDB key of data set aside because it could not be restored; the UI offers to download it. */
  quarantineKey?: string;
}

export const SAVE_STATUSES = ['loading', 'saved', 'pending', 'error'] as const;
/** loading = restoring from IndexedDB; pending = an edit waits for the debounced save. */
export type SaveStatus = (typeof SAVE_STATUSES)[number];

export interface NoticesSlice {
  notices: Notice[];
  saveStatus: SaveStatus;
  /** ms since epoch of the last successful save. */
  lastSavedAt: number | null;
  pushNotice: (notice: Omit<Notice, 'id'>) => string;
  dismissNotice: (id: string) => void;
  setSaveStatus: (status: SaveStatus, savedAt?: number) => void;
}

let counter = 0;

export const createNoticesSlice: StateCreator<NoticesSlice, [], [], NoticesSlice> = (set) => ({
  notices: [],
  saveStatus: 'loading',
  lastSavedAt: null,
  pushNotice: (notice) => {
    counter += 1;
    const id = `notice-${counter}`;
    set((s) => ({ notices: [...s.notices, { ...notice, id }] }));
    return id;
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setSaveStatus: (status, savedAt) => set((s) => ({ saveStatus: status, lastSavedAt: savedAt ?? s.lastSavedAt })),
});
