import type { StateCreator } from 'zustand';

/** Whether a file should become proposals, a reference layer, or the user is asked (a dropped file). */
export type ImportIntent = 'proposals' | 'reference' | 'ask';

export interface QueuedImport {
  file: File;
  intent: ImportIntent;
}

/**
 * Files waiting to be imported: the map's drop zone and the file pickers put them here, the import
 * dialog (src/ui/ImportControls.tsx) takes them one at a time. Not persisted: nothing is lost if a
 * page closes before a file is read, because the file itself is still on the user's disk.
 */
export interface ImportQueueSlice {
  importQueue: QueuedImport[];
  queueImports: (files: readonly File[], intent: ImportIntent) => void;
  /** Removes and returns the first queued file. */
  takeImport: () => QueuedImport | null;
}

export const createImportQueueSlice: StateCreator<ImportQueueSlice, [], [], ImportQueueSlice> = (set, get) => ({
  importQueue: [],
  queueImports: (files, intent) => set((s) => ({ importQueue: [...s.importQueue, ...files.map((file) => ({ file, intent }))] })),
  takeImport: () => {
    const [first, ...rest] = get().importQueue;
    if (!first) return null;
    set({ importQueue: rest });
    return first;
  },
});
