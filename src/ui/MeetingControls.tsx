import { presentableProposals } from '../state/present-order';
import { useAppStore } from '../state/store';
import { CompareChooser } from './compare/CompareChooser';
import { startPresenting } from './presentation/use-presentation-keys';
import './presentation/presentation.css';

/** The sidebar's entry points to the meeting room: presentation mode (also the P key) and compare. */
export function MeetingControls() {
  const count = useAppStore((s) => presentableProposals(s.proposals).length);
  return (
    <>
      <div className="meeting-controls" role="group" aria-label="Meeting">
        <button type="button" onClick={startPresenting} aria-keyshortcuts="P" disabled={count === 0} title="Present (P)">
          Present
        </button>
      </div>
      <CompareChooser />
    </>
  );
}
