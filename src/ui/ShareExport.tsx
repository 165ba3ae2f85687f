import { useState } from 'react';
import { useAppStore } from '../state/store';
import { encodeShareToken, shareUrl } from '../io/share-link';
import { downloadJson, proposalsToGeoJson } from '../io/geojson-export';
import { ExportButtons } from './ExportButtons';

type Shared = { state: 'idle' } | { state: 'copied'; url: string } | { state: 'manual'; url: string } | { state: 'error'; message: string };

/** "Copy share link" and "Download GeoJSON" for all proposals. */
export function ShareExport() {
  const count = useAppStore((s) => s.proposals.filter((p) => p.geometry !== null).length);
  const referenceCount = useAppStore((s) => s.referenceLayers.length);
  const [shared, setShared] = useState<Shared>({ state: 'idle' });

  const copy = async () => {
    try {
      const url = shareUrl(window.location.href, await encodeShareToken(useAppStore.getState().proposals));
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
          Copy share link
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
        {shared.state === 'error' && <p className="problem problem--error">The link could not be made: {shared.message}</p>}
      </div>
      {shared.state !== 'idle' && shared.state !== 'error' && (
        <label className="field">
          <span>{shared.state === 'manual' ? 'Copy this link:' : 'Share link'}</span>
          <input readOnly value={shared.url} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}
