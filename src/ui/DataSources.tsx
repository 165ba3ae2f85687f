import type { LayerId, LayerManifestPresent, Manifest } from '../data/schema';
import { LAYER_IDS } from '../data/schema';
import { formatVintage } from '../data/vintage';

/** Every distinct attribution line of the present layers and their source files, in layer order. */
export function attributionLines(manifest: Manifest): string[] {
  const lines = LAYER_IDS.flatMap((id) => {
    const entry = manifest.layers[id];
    if (entry.status !== 'present') return [];
    return entry.sources?.length ? entry.sources.map((s) => s.attribution) : [entry.attribution];
  });
  return [...new Set(lines.map((line) => line.trim()).filter(Boolean))];
}

/**
 * The credits every present layer requires, always shown (the map's own attribution control is
 * compact, so its long text never covers the map), then each dataset's vintage, source and licence.
 */
export function DataSources({ manifest }: { manifest: Manifest }) {
  const present = LAYER_IDS.map((id) => [id, manifest.layers[id]] as const).filter(
    (pair): pair is readonly [LayerId, LayerManifestPresent] => pair[1].status === 'present',
  );
  return (
    <>
      <section className="data-credits" aria-label="Data credits">
        <h3>Data credits</h3>
        <ul>
          {attributionLines(manifest).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <details className="data-sources">
        <summary>Data sources and vintages</summary>
        <ul>
          {present.map(([id, entry]) => (
            <li key={id} data-layer={id}>
              <strong>{entry.title}</strong>, {entry.kinds ? 'vintage by kind' : formatVintage(entry.vintage)}. {entry.source}. {entry.licence}.
              {entry.complete === false && entry.coverage ? <> Partial: {entry.coverage}</> : null}
            </li>
          ))}
        </ul>
        <p className="muted">Data built {new Date(manifest.builtAt).toLocaleString('en-GB')}.</p>
      </details>
    </>
  );
}
