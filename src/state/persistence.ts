/**
 * Saves proposals to IndexedDB as the user works and restores them on start.
 *
 * - Restore first, then save: nothing is written before the old state has been read (or set aside),
 *   so a slow start can never overwrite saved work with an empty list.
 * - Saves are debounced (SAVE_DEBOUNCE_MS) and flushed at once when the page is hidden or closed
 *   (pagehide / visibilitychange), the last moments a browser reliably gives us.
 * - Anything that cannot be restored is set aside whole under `ldm:quarantine:<time>` and the user is
 *   told what was recovered and what was not.
 */
import type { StoreApi } from 'zustand';
import { decodeSaved, encodeEnvelope } from './persistence-codec';
import { quarantine, readSaved, writeSaved } from './persistence-db';
import { linkTabs, type TabLink } from './persistence-tabs';
import { clearJournal, readJournal, savedAtOf, writeJournal } from './persistence-journal';
import type { NoticesSlice } from './notices-slice';
import type { ProposalsSlice, ProposalsSnapshot } from './proposals-slice';

export const SAVE_DEBOUNCE_MS = 300;

type PersistedStore = StoreApi<ProposalsSlice & NoticesSlice>;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Reads saved work into the store, setting aside and reporting whatever cannot be trusted. */
export async function restoreSaved(store: PersistedStore, now = Date.now()): Promise<void> {
  const stored = await readSaved();
  const journal = readJournal();
  // The journal holds work that may not have reached IndexedDB before the page closed.
  const useJournal = journal !== undefined && (stored === undefined || savedAtOf(journal) >= savedAtOf(stored));
  const raw = useJournal ? journal : stored;
  if (!useJournal && journal !== undefined && savedAtOf(journal) === -Infinity) {
    // An unreadable safety copy is set aside too, never dropped silently.
    const key = await quarantine(journal, ['The safety copy of unsaved work could not be read.'], now);
    store.getState().pushNotice({
      tone: 'warning',
      title: 'A safety copy of unsaved work could not be read',
      details: ['Your saved work was restored. The unreadable copy has been kept aside in this browser.'],
      quarantineKey: key,
    });
  }
  if (raw === undefined) return;
  const { snapshot, problems } = decodeSaved(raw);
  if (problems.length > 0) {
    const key = await quarantine(raw, problems, now);
    const restored = snapshot.proposals.length;
    store.getState().pushNotice({
      tone: 'warning',
      title: restored > 0 ? 'Some of your saved work could not be restored' : 'Your saved work could not be restored',
      details: [
        `Restored ${plural(restored, 'proposal')}.`,
        ...problems,
        'Nothing was deleted: the saved data as it was has been kept aside in this browser. Use “Download set-aside data” to keep a copy as a file.',
      ],
      quarantineKey: key,
    });
  }
  // Anything made before the read finished (a fast click on a slow disk) is kept, after the saved work.
  const saved = new Set(snapshot.proposals.map((p) => p.id));
  const early = store.getState().proposals.filter((p) => !saved.has(p.id));
  store.getState().restoreProposals({
    proposals: [...snapshot.proposals, ...early],
    selectedId: early.length > 0 ? store.getState().selectedId : snapshot.selectedId,
  });
}

export interface PersistenceHandle {
  /** Writes any pending change now; resolves when it is on disk. */
  flush: () => Promise<void>;
  /** Stops saving after a final flush. */
  stop: () => Promise<void>;
}

/** Restores saved work, then keeps saving it as the store changes. */
export async function startPersistence(store: PersistedStore): Promise<PersistenceHandle> {
  const notices = () => store.getState();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty: ProposalsSnapshot | null = null;
  let writing: Promise<void> = Promise.resolve();
  // Edits are noted from the start but nothing is written until the saved state has been read.
  let restored = false;
  // True while loading another tab's saved work, which must not be saved straight back.
  let applyingOtherTab = false;
  let tabs: TabLink | null = null;
  let started = 0; // writes begun

  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const snapshot = dirty;
    if (!snapshot || !restored) return writing;
    dirty = null;
    const envelope = encodeEnvelope(snapshot, Date.now());
    writeJournal(envelope);
    const seq = ++started;
    // Chain writes so an older snapshot can never land after a newer one.
    writing = writing.then(async () => {
      try {
        await writeSaved(envelope);
        tabs?.announceSaved();
        // Only the newest write may drop the safety copy; an older one would drop newer work.
        if (seq === started && dirty === null) {
          clearJournal();
          notices().setSaveStatus('saved', envelope.savedAt);
        }
      } catch (e) {
        notices().setSaveStatus('error');
        notices().pushNotice({ tone: 'error', title: 'Your latest changes could not be saved', details: [errorText(e)] });
      }
    });
    return writing;
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void flush(), SAVE_DEBOUNCE_MS);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (applyingOtherTab || (state.proposals === prev.proposals && state.selectedId === prev.selectedId)) return;
    dirty = { proposals: state.proposals, selectedId: state.selectedId };
    if (!restored) return;
    if (state.saveStatus !== 'pending') notices().setSaveStatus('pending');
    schedule();
  });

  notices().setSaveStatus('loading');
  try {
    await restoreSaved(store);
  } catch (e) {
    unsubscribe();
    notices().setSaveStatus('error');
    notices().pushNotice({
      tone: 'error',
      title: 'Saved work could not be read',
      details: [`The browser refused access to its storage (${errorText(e)}). Changes will not be kept after you close this page; export your proposals as GeoJSON to keep them.`],
    });
    return { flush: () => Promise.resolve(), stop: () => Promise.resolve() };
  }
  restored = true;
  // Write back at once what the restore changed (problems set aside) or what was made meanwhile.
  if (dirty) {
    notices().setSaveStatus('pending');
    void flush();
  } else notices().setSaveStatus('saved');

  tabs = linkTabs({
    onOtherTab: () =>
      notices().pushNotice({
        tone: 'warning',
        title: 'This app is open in another tab too',
        details: ['Both tabs save to the same place in this browser. Work in one tab at a time: this tab picks up the other tab’s saved work only while it has no unsaved changes of its own.'],
      }),
    onOtherTabSaved: () => {
      if (dirty !== null) return; // our own pending changes win; the user has been warned
      void readSaved().then((raw) => {
        const { snapshot, problems } = decodeSaved(raw);
        if (problems.length > 0 || dirty !== null) return;
        const { selectedId } = store.getState();
        applyingOtherTab = true;
        store.getState().restoreProposals({
          proposals: snapshot.proposals,
          selectedId: snapshot.proposals.some((p) => p.id === selectedId) ? selectedId : snapshot.selectedId,
        });
        applyingOtherTab = false;
      });
    },
  });

  // The page may be gone before an IndexedDB write completes: keep a synchronous copy first.
  const onHide = () => {
    if (dirty) writeJournal(encodeEnvelope(dirty, Date.now()));
    void flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  const hasWindow = typeof window !== 'undefined';
  if (hasWindow) {
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
  }
  return {
    flush,
    stop: async () => {
      unsubscribe();
      if (hasWindow) {
        window.removeEventListener('pagehide', onHide);
        document.removeEventListener('visibilitychange', onVisibility);
      }
      await flush();
      tabs?.close();
    },
  };
}
