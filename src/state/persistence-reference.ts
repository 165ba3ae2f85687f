/**
 * Keeps the user's reference layers across reloads in IndexedDB. Each saved layer is checked on
 * restore (every feature's geometry like a proposal's); a layer that fails is dropped with a notice
 * naming it, the others are restored. Writes happen on every change (layers change rarely).
 */
import type { StoreApi } from 'zustand';
import type { NoticesSlice } from './notices-slice';
import { readReferenceLayers, writeReferenceLayers } from './persistence-db';
import type { ReferenceLayer, ReferenceLayersSlice } from './reference-layers-slice';
import { checkAreaGeometry } from './validate-proposal';

type Store = StoreApi<ReferenceLayersSlice & NoticesSlice>;

function checkLayer(x: unknown): ReferenceLayer | string {
  const l = x as Partial<ReferenceLayer> | null;
  if (!l || typeof l !== 'object' || typeof l.id !== 'string' || typeof l.name !== 'string') return 'a saved reference layer is damaged';
  if (!Array.isArray(l.features)) return `reference layer "${l.name}" has no features`;
  for (const f of l.features) {
    const g = checkAreaGeometry(f?.geometry);
    if (!g.valid) return `reference layer "${l.name}": ${g.reason}`;
  }
  return {
    id: l.id,
    name: l.name,
    fileName: typeof l.fileName === 'string' ? l.fileName : l.name,
    colour: typeof l.colour === 'string' && /^#[0-9a-fA-F]{6}$/.test(l.colour) ? l.colour : '#5B2C83',
    visible: l.visible !== false,
    isBids: l.isBids === true,
    features: l.features,
    addedAt: typeof l.addedAt === 'number' ? l.addedAt : 0,
  };
}

export async function startReferencePersistence(store: Store): Promise<() => void> {
  try {
    const saved = await readReferenceLayers();
    if (Array.isArray(saved)) {
      const checked = saved.map(checkLayer);
      const good = checked.filter((c): c is ReferenceLayer => typeof c !== 'string');
      const bad = checked.filter((c): c is string => typeof c === 'string');
      if (good.length > 0) store.getState().restoreReferenceLayers(good);
      if (bad.length > 0) store.getState().pushNotice({ tone: 'warning', title: 'Some reference layers could not be restored', details: [...bad, 'Import the file again to get them back.'] });
    }
  } catch {
    // Storage unavailable: the proposals' persistence already tells the user.
  }
  return store.subscribe((s, prev) => {
    if (s.referenceLayers === prev.referenceLayers) return;
    writeReferenceLayers(s.referenceLayers).catch((e: unknown) =>
      store.getState().pushNotice({ tone: 'error', title: 'A reference layer could not be saved in this browser', details: [e instanceof Error ? e.message : String(e)] }),
    );
  });
}
