import { useAppStore } from '../state/store';
import type { SaveStatus } from '../state/notices-slice';

const SAVE_TEXT = {
  loading: 'Restoring your saved work…',
  pending: 'Saving…',
  saved: 'All changes saved in this browser',
  error: 'Changes are not being saved',
} as const satisfies Record<SaveStatus, string>;

/** Title, undo/redo buttons (unless `history` is false: the phone has them in its top bar) and the save status. */
export function SidebarHeader({ history = true }: { history?: boolean }) {
  const canUndo = useAppStore((s) => s.canUndo);
  const canRedo = useAppStore((s) => s.canRedo);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const saveStatus = useAppStore((s) => s.saveStatus);
  const offline = useAppStore((s) => s.appUpdate !== 'online-only');
  return (
    <header className="sidebar__header">
      <h1 className="sidebar__title">Proposals</h1>
      {history && (
        <div className="sidebar__history" role="group" aria-label="Undo and redo">
          <button type="button" onClick={undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
            ↶ Undo
          </button>
          <button type="button" onClick={redo} disabled={!canRedo} aria-label="Redo" title="Redo (Shift+Ctrl+Z)">
            Redo ↷
          </button>
        </div>
      )}
      <p className={`sidebar__save sidebar__save--${saveStatus}`} role="status" data-testid="save-status">
        {SAVE_TEXT[saveStatus]}
      </p>
      {offline && (
        <p className="sidebar__offline" data-testid="offline-ready">
          Ready to work offline
        </p>
      )}
    </header>
  );
}
