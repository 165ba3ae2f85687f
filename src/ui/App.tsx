import { Suspense, useEffect, useRef } from 'react';
import type { Manifest } from '../data/schema';
import './App.css';
import './layout-phone.css';
import './layout-touch.css';
import { DrawToolbar } from './DrawToolbar';
import { HoverCard } from './HoverCard';
import { ResultsAnnouncer } from './ResultsAnnouncer';
import { LayerPanel } from './LayerPanel';
import { PhoneActions } from './PhoneActions';
import { ManifestContext } from './manifest-context';
import { Sidebar } from './Sidebar';
import { UpdatePrompt } from './UpdatePrompt';
import { useFileDrop } from './use-file-drop';
import { useLayout } from './use-layout';
import { CompareView, PresentationView, ReportView } from './lazy-views';
import { usePresentationKeys } from './presentation/use-presentation-keys';
import { useAppStore } from '../state/store';

export interface AppProps {
  manifest: Manifest;
  /**
   * Creates the map inside the element and returns its teardown. Passed in by main.tsx so the UI
   * owns the map's lifecycle without importing MapLibre.
   */
  mountMap: (container: HTMLElement) => () => void;
}

export function App({ manifest, mountMap }: AppProps) {
  const mapRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = mapRef.current;
    if (!container) return undefined;
    return mountMap(container);
  }, [mountMap]);
  const drop = useFileDrop();
  // One layout per size (phone, compact laptop/tablet, wide); App.css styles each by data-layout.
  const layout = useLayout();
  usePresentationKeys(manifest);
  // Presentation mode keeps the same map element (never remounted) and swaps the chrome around it.
  const presenting = useAppStore((s) => s.presenting);
  const comparing = useAppStore((s) => s.comparing);
  const reporting = useAppStore((s) => s.reportFor !== null);

  return (
    <ManifestContext.Provider value={manifest}>
      <div className={presenting ? 'app app--presenting' : 'app'} data-layout={layout}>
        <main className={`app__map-area${drop.over ? ' app__map-area--drop-target' : ''}`} {...drop.handlers}>
          <div ref={mapRef} className="app__map" data-testid="map" />
          {presenting ? (
            <Suspense fallback={null}>
              <PresentationView manifest={manifest} />
            </Suspense>
          ) : (
            <>
              <HoverCard />
              {/* Remounted when the layout changes so the panel takes that layout's default (open only when wide). */}
              <LayerPanel key={layout} manifest={manifest} defaultOpen={layout === 'wide'} />
              <DrawToolbar layout={layout} />
              {layout === 'phone' && <PhoneActions />}
            </>
          )}
          <UpdatePrompt />
          <ResultsAnnouncer />
        </main>
        {!presenting &&
          (comparing ? (
            <Suspense fallback={null}>
              <CompareView />
            </Suspense>
          ) : (
            <Sidebar layout={layout} />
          ))}
        {/* Report, compare and presentation load on first use (lazy-views.tsx): the first view needs none of them. */}
        {reporting && (
          <Suspense fallback={null}>
            <ReportView />
          </Suspense>
        )}
      </div>
    </ManifestContext.Provider>
  );
}
