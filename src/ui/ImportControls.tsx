import { useRef } from 'react';
import { applyReferenceImport } from '../state/apply-reference-import';
import type { ImportIntent } from '../state/import-queue-slice';
import { useAppStore } from '../state/store';
import { ImportDialog } from './ImportDialog';
import { useImportQueue } from './use-import-queue';
import './import.css';

const ACCEPT = '.geojson,.json,.kml,.kmz,.zip,application/geo+json,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz,application/zip';

/** "Import proposals…" file picker (files can also be dropped on the map) and the import dialog. */
export function ImportControls() {
  const input = useRef<HTMLInputElement>(null);
  const intent = useRef<ImportIntent>('proposals');
  const queueImports = useAppStore((s) => s.queueImports);
  const { state, done, retryWithConsent } = useImportQueue();

  const pick = (which: ImportIntent) => {
    intent.current = which;
    input.current?.click();
  };
  return (
    <section className="sidebar__section import-controls" aria-label="Import">
      <div className="button-row">
        <button type="button" onClick={() => pick('proposals')}>
          Import proposals…
        </button>
        <button type="button" onClick={() => pick('reference')}>
          Add reference layer…
        </button>
      </div>
      <p className="sidebar__hint">GeoJSON, KML/KMZ or a zipped Shapefile; or drop a file on the map.</p>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length > 0) queueImports(files, intent.current);
        }}
      />
      <div role="status">{state.stage === 'reading' && <p className="muted">Reading “{state.fileName}”…</p>}</div>
      {state.stage === 'consent' && (
        <div className="import-dialog__backdrop">
          <div className="import-dialog" role="dialog" aria-modal="true" aria-label={`Import ${state.file.name}`}>
            <p>{state.failure.message}</p>
            <div className="button-row">
              <button type="button" className="button--primary" onClick={retryWithConsent}>
                {state.failure.needsConsent === 'large-file' ? 'Read it anyway' : 'Simplify and import'}
              </button>
              <button type="button" onClick={done}>
                Cancel
              </button>
            </div>
          </div>
        </div>
      )}
      {state.stage === 'review' && <ImportDialog summary={state.summary} intent={state.intent} onDone={done} onReference={applyReferenceImport} />}
    </section>
  );
}
