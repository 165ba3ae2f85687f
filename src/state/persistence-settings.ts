/**
 * Keeps the user's settings (today: the precept charge per household, £/yr) across reloads.
 * A missing or unreadable record just means the defaults: settings are cheap to re-enter,
 * unlike proposals, so nothing is set aside.
 */
import type { StoreApi } from 'zustand';
import { readSettings, writeSettings } from './persistence-db';
import type { ResultsSlice } from './results-slice';

export interface SavedSettings {
  preceptPerHousehold: number;
}

export async function startSettingsPersistence(store: StoreApi<ResultsSlice>): Promise<() => void> {
  try {
    const saved = (await readSettings()) as Partial<SavedSettings> | undefined;
    const precept = saved?.preceptPerHousehold;
    if (typeof precept === 'number') store.getState().setPreceptPerHousehold(precept);
  } catch {
    // Storage unavailable: the proposals' persistence already tells the user; keep defaults.
  }
  return store.subscribe((s, prev) => {
    if (s.preceptPerHousehold === prev.preceptPerHousehold) return;
    const settings: SavedSettings = { preceptPerHousehold: s.preceptPerHousehold };
    writeSettings(settings).catch(() => undefined);
  });
}
