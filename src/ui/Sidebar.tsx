import { useEffect } from 'react';
import { startServices } from '../state/start-services';
import { useAppStore } from '../state/store';
import { BottomSheet } from './BottomSheet';
import { ImportControls } from './ImportControls';
import { MeetingControls } from './MeetingControls';
import { NoticeList } from './NoticeList';
import { ProposalDetails } from './ProposalDetails';
import { ProposalList } from './ProposalList';
import { ReferenceLayersPanel } from './ReferenceLayersPanel';
import { ResultMessages } from './ResultMessages';
import { ResultsPanel } from './ResultsPanel';
import { ShareExport } from './ShareExport';
import { SidebarHeader } from './SidebarHeader';
import type { Layout } from './use-layout';
import { useUndoShortcuts } from './use-undo-shortcuts';
import './sidebar.css';

const LABEL = 'Proposals and results';

/** Proposals, their details and their live results: a column beside the map, or a bottom sheet on a phone. */
export function Sidebar({ layout }: { layout: Layout }) {
  // Restore saved work, open any share link and start the analysis worker (once per page).
  useEffect(() => {
    void startServices();
  }, []);
  useUndoShortcuts();
  const selected = useAppStore((s) => s.proposals.find((p) => p.id === s.selectedId) ?? null);
  if (layout === 'phone') {
    // Opened from its peek (name and population), the sheet goes on with the same proposal's results.
    return (
      <BottomSheet label={LABEL}>
        {/* Undo and redo sit in the phone's top bar (PhoneActions), reachable while the sheet peeks. */}
        <SidebarHeader history={false} />
        <NoticeList />
        <ResultMessages />
        {selected && <ResultsPanel proposal={selected} />}
        <ShareExport />
        <ProposalList />
        {selected && <ProposalDetails proposal={selected} />}
        <ImportControls />
        <ReferenceLayersPanel />
      </BottomSheet>
    );
  }
  return (
    <aside className="sidebar" aria-label={LABEL}>
      <SidebarHeader />
      <NoticeList />
      <ProposalList />
      <ImportControls />
      <ReferenceLayersPanel />
      <ShareExport />
      <MeetingControls />
      {selected && (
        <>
          <ResultsPanel proposal={selected} />
          <ProposalDetails proposal={selected} />
        </>
      )}
    </aside>
  );
}
