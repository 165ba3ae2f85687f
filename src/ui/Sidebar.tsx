import { useEffect } from 'react';
import { startServices } from '../state/start-services';
import { useAppStore } from '../state/store';
import { ImportControls } from './ImportControls';
import { NoticeList } from './NoticeList';
import { ProposalDetails } from './ProposalDetails';
import { ProposalList } from './ProposalList';
import { ReferenceLayersPanel } from './ReferenceLayersPanel';
import { ResultsPanel } from './ResultsPanel';
import { ShareExport } from './ShareExport';
import { SidebarHeader } from './SidebarHeader';
import { useUndoShortcuts } from './use-undo-shortcuts';
import './sidebar.css';

/** The right-hand column: proposals, their details and their live results. */
export function Sidebar() {
  // Restore saved work, open any share link and start the analysis worker (once per page).
  useEffect(() => {
    void startServices();
  }, []);
  useUndoShortcuts();
  const selected = useAppStore((s) => s.proposals.find((p) => p.id === s.selectedId) ?? null);
  return (
    <aside className="sidebar" aria-label="Proposals and results">
      <SidebarHeader />
      <NoticeList />
      <ProposalList />
      <ImportControls />
      <ReferenceLayersPanel />
      <ShareExport />
      {selected && (
        <>
          <ResultsPanel proposal={selected} />
          <ProposalDetails proposal={selected} />
        </>
      )}
    </aside>
  );
}
