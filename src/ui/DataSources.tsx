import type { LayerId, LayerManifestPresent, Manifest } from '../data/schema';
import { LAYER_IDS } from '../data/schema';

/** Vintage, source, licence and required attribution of every dataset the app loaded. */
export function DataSources({ manifest }: { manifest: Manifest }) {
  const present = LAYER_IDS.map((id) => [id, manifest.layers[id]] as const).filter(
    (pair): pair is readonly [LayerId, LayerManifestPresent] => pair[1].status === 'present',
  );
  return (
    <details className="data-sources">
      <summary>Data sources and vintages</summary>
      <ul>
        {present.map(([id, entry]) => (
          <li key={id} data-layer={id}>
            <strong>{entry.title}</strong>, {entry.vintage}. {entry.source}. {entry.licence}. <em>{entry.attribution}</em>
          </li>
        ))}
      </ul>
      <p className="muted">Data built {new Date(manifest.builtAt).toLocaleString('en-GB')}.</p>
    </details>
  );
}
