/**
 * Takes queued files (picker or drop) one at a time and reads them in the import worker. The
 * returned state drives the import dialog: reading → review (or consent for a very large file, or
 * a notice naming the file and the problem). Nothing in the app changes until the user confirms.
 */
import { useCallback, useEffect, useState } from 'react';
import { importInWorker } from '../io/import/import-client';
import type { ImportFailure, ImportOptions, ImportSummary } from '../io/import/import-types';
import type { ImportIntent } from '../state/import-queue-slice';
import { useAppStore } from '../state/store';

export type ImportStage =
  | { stage: 'idle' }
  | { stage: 'reading'; fileName: string }
  | { stage: 'consent'; file: File; intent: ImportIntent; failure: ImportFailure }
  | { stage: 'review'; summary: ImportSummary; intent: ImportIntent; readMs: number };

export function useImportQueue(): { state: ImportStage; done: () => void; retryWithConsent: () => void } {
  const queued = useAppStore((s) => s.importQueue.length);
  const [state, setState] = useState<ImportStage>({ stage: 'idle' });

  const read = useCallback(async (file: File, intent: ImportIntent, options: ImportOptions) => {
    setState({ stage: 'reading', fileName: file.name });
    const start = performance.now();
    let result;
    try {
      result = await importInWorker(file.name, new Uint8Array(await file.arrayBuffer()), options);
    } catch (e) {
      result = { ok: false as const, fileName: file.name, message: `"${file.name}" could not be read: ${e instanceof Error ? e.message : String(e)}.` };
    }
    if (result.ok) {
      setState({ stage: 'review', summary: result, intent, readMs: performance.now() - start });
    } else if (result.needsConsent) {
      setState({ stage: 'consent', file, intent, failure: result });
    } else {
      useAppStore.getState().pushNotice({ tone: 'error', title: `Could not import "${file.name}"`, details: [result.message, 'Nothing in the app was changed.'] });
      setState({ stage: 'idle' });
    }
  }, []);

  useEffect(() => {
    if (state.stage !== 'idle' || queued === 0) return;
    const next = useAppStore.getState().takeImport();
    // Start after this effect returns: the worker call is asynchronous anyway.
    if (next) queueMicrotask(() => void read(next.file, next.intent, {}));
  }, [state.stage, queued, read]);

  const done = useCallback(() => setState({ stage: 'idle' }), []);
  const retryWithConsent = useCallback(() => {
    if (state.stage !== 'consent') return;
    const options: ImportOptions = state.failure.needsConsent === 'large-file' ? { allowLargeFile: true } : { allowLargeFile: true, simplify: true };
    void read(state.file, state.intent, options);
  }, [state, read]);
  return { state, done, retryWithConsent };
}
