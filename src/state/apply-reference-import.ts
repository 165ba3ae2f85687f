/**
 * Adds a reviewed import as a reference layer: every polygon, labelled from the chosen name field,
 * with a notice saying what was added and that share links do not carry it.
 */
import type { ImportSummary } from '../io/import/import-types';
import { fileStem } from '../io/import/to-proposals';
import { newId } from './new-id';
import { useAppStore } from './store';

export function applyReferenceImport(summary: ImportSummary, nameField: string | null, isBids: boolean): string {
  const id = newId();
  const stem = fileStem(summary.fileName);
  const st = useAppStore.getState();
  st.addReferenceLayer({
    id,
    name: stem,
    fileName: summary.fileName,
    isBids,
    addedAt: Date.now(),
    features: summary.features.map((f, n) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { ...f.properties, name: (nameField ? f.properties[nameField]?.trim() : '') || `${stem} ${n + 1}` },
    })),
  });
  st.pushNotice({
    tone: 'info',
    title: `Added reference layer "${stem}" (${summary.features.length} area${summary.features.length === 1 ? '' : 's'})`,
    details: [
      ...summary.notes,
      ...summary.skipped,
      isBids ? 'Its BIDs are added to each proposal’s BID results (BIDs already in the built-in data are not counted twice).' : 'Each proposal’s results list its overlaps with this layer.',
      'Saved in this browser. Share links carry proposals only, not reference layers.',
    ],
  });
  return id;
}
