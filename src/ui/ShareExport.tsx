import { useState } from 'react';
import { useAppStore } from '../state/store';
import { encodeShareToken, shareUrl } from '../io/share-link';
import { downloadJson, proposalsToGeoJson } from '../io/geojson-export';
import { ExportButtons } from './ExportButtons';

type Shared =
  | { state: 'idle' }
  | { state: 'shared' }
  | { state: 'copied'; url: string }
  | { state: 'manual'; url: string }
  | { state: 'error'; message: string };

/** Phones (and some desktops) have a share sheet: send the link to a chat directly. */
const canShare = () => typeof navigator.share === 'function';

/** "Copy share link" (or, where the device has a share sheet, "Share link") and "Download GeoJSON" for all proposals. */
export function ShareExport() {
  const count = useAppStore((s) => s.proposals.filter((p) => p.geometry !== null).length);
  const referenceCount = useAppStore((s) => s.referenceLayers.length);
  const [shared, setShared] = useState<Shared>({ state: 'idle' });

  const copy = async () => {
    try {
      const url = shareUrl(window.location.href, await encodeShareToken(useAppStore.getState().proposals));
      if (canShare()) {
        try {
          await navigator.share({ title: 'London District Mapper proposals', url });
          setShared({ state: 'shared' });
          return;
        } catch (e) {
          // The user closed the share sheet: nothing to say. Any other failure falls back to copying.
          if (e instanceof DOMException && e.name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        setShared({ state: 'copied', url });
      } catch {
        // No clipboard permission (plain http, some browsers): show the link to copy by hand.
        setShared({ state: 'manual', url });
      }
    } catch (e) {
      setShared({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const download = () => {
    const { proposals, results } = useAppStore.getState();
    downloadJson(proposalsToGeoJson(proposals, results), 'london-proposals.geojson');
  };

  return (
    <section className="sidebar__section share-export" aria-label="Share and export">
      <div className="button-row">
        <button type="button" onClick={() => void copy()} disabled={count === 0}>
          {canShare() ? 'Share link' : 'Copy share link'}
        </button>
        <button type="button" onClick={download} disabled={count === 0}>
          Download GeoJSON
        </button>
      </div>
      <ExportButtons disabled={count === 0} />
      {referenceCount > 0 && (
        <p className="sidebar__hint" data-testid="share-reference-note">
          Share links carry proposals only: your {referenceCount === 1 ? 'reference layer stays' : `${referenceCount} reference layers stay`} in this browser.
        </p>
      )}
      <div role="status">
        {shared.state === 'copied' && <p className="muted">Link copied. Anyone who opens it sees these {count} proposals.</p>}
        {shared.state === 'shared' && <p className="muted">Shared. Anyone who opens the link sees these {count} proposals.</p>}
        {shared.state === 'error' && <p className="problem problem--error">The link could not be made: {shared.message}</p>}
      </div>
      {(shared.state === 'copied' || shared.state === 'manual') && (
        <label className="field">
          <span>{shared.state === 'manual' ? 'Copy this link:' : 'Share link'}</span>
          <input readOnly value={shared.url} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}
