import { useAppStore } from '../state/store';
import { PROPOSAL_KINDS, type Proposal, type ProposalKind } from '../state/proposals-slice';
import { COLOUR_NAMES, PROPOSAL_COLOURS } from '../state/proposal-palette';

const KIND_HELP = {
  parish: 'A civil parish with an elected council that can raise a precept.',
  cid: 'A community improvement district: a business-led area, like a Business Improvement District, that can raise a levy.',
} as const satisfies Record<ProposalKind, string>;

/** Name, type, colour and notes of the selected proposal. */
export function ProposalDetails({ proposal: p }: { proposal: Proposal }) {
  const { renameProposal, setProposalKind, setProposalColour, setProposalNotes } = useAppStore.getState();
  return (
    <section className="sidebar__section proposal-details" aria-label={`Details of ${p.name}`}>
      <label className="field">
        <span>Name</span>
        <input value={p.name} onChange={(e) => renameProposal(p.id, e.target.value)} />
      </label>
      <fieldset className="field">
        <legend>Type</legend>
        {(Object.keys(PROPOSAL_KINDS) as ProposalKind[]).map((kind) => (
          <label key={kind} className="field__choice">
            <input type="radio" name={`kind-${p.id}`} checked={p.kind === kind} onChange={() => setProposalKind(p.id, kind)} />
            <span>
              {PROPOSAL_KINDS[kind]}
              <small>{KIND_HELP[kind]}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>Colour</legend>
        <div className="colour-choices">
          {PROPOSAL_COLOURS.map((c) => (
            <label key={c} className="colour-choice" style={{ background: c }} title={COLOUR_NAMES[c]}>
              <input
                type="radio"
                name={`colour-${p.id}`}
                aria-label={COLOUR_NAMES[c]}
                checked={p.colour.toLowerCase() === c.toLowerCase()}
                onChange={() => setProposalColour(p.id, c)}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span>Notes</span>
        <textarea rows={3} value={p.notes} onChange={(e) => setProposalNotes(p.id, e.target.value)} />
      </label>
    </section>
  );
}
