import { useAppStore } from '../state/store';

/** The user's reference layers: legend swatch, name, size, hide/show and remove. */
export function ReferenceLayersPanel() {
  const layers = useAppStore((s) => s.referenceLayers);
  const toggle = useAppStore((s) => s.toggleReferenceLayer);
  const remove = useAppStore((s) => s.removeReferenceLayer);
  if (layers.length === 0) return null;
  return (
    <section className="sidebar__section reference-layers" aria-labelledby="reference-layers-title">
      <h2 id="reference-layers-title">Reference layers</h2>
      <p className="sidebar__hint">Drawn dashed on the map and compared with every proposal (hidden ones too). Kept in this browser, not in share links.</p>
      <ul className="reference-layers__list">
        {layers.map((l) => (
          <li key={l.id} className="reference-layers__item" data-testid="reference-layer">
            <span className="reference-layers__swatch" style={{ borderColor: l.colour, background: `${l.colour}22` }} aria-hidden="true" />
            <span className="reference-layers__name">
              <strong>{l.name}</strong>
              <small>
                {' '}
                {l.features.length} area{l.features.length === 1 ? '' : 's'}
                {l.isBids ? ' · BIDs' : ''}
                {l.visible ? '' : ' · hidden'}
              </small>
            </span>
            <span className="button-row">
              <button type="button" onClick={() => toggle(l.id)} aria-label={`${l.visible ? 'Hide' : 'Show'} reference layer ${l.name}`}>
                {l.visible ? 'Hide' : 'Show'}
              </button>
              <button type="button" onClick={() => remove(l.id)} aria-label={`Remove reference layer ${l.name}`}>
                Remove
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
