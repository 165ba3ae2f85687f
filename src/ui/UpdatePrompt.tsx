import './pwa.css';
import { useAppStore } from '../state/store';

/**
 * "New version — reload": shown when a new deploy's service worker has installed and is waiting.
 * The old version keeps running (its own code and data) until the user chooses to reload.
 */
export function UpdatePrompt() {
  const status = useAppStore((s) => s.appUpdate);
  const apply = useAppStore((s) => s.applyAppUpdate);
  const dismiss = useAppStore((s) => s.setAppUpdate);
  if (status !== 'update-available' || !apply) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>New version available — reload to use it. Your proposals are saved.</span>
      <button type="button" onClick={apply}>
        Reload
      </button>
      <button type="button" onClick={() => dismiss('offline-ready')}>
        Later
      </button>
    </div>
  );
}
