import { useId, useState } from 'react';
import { OverlapToggle } from './OverlapLegend';
import type { LayerId, LayerManifest, Manifest } from '../data/schema';
import { formatVintage, shortSource } from '../data/vintage';
import { useAppStore } from '../state/store';
import { VISIBLE_FROM_ZOOM } from '../theme/palette';
import { DataSources } from './DataSources';
import { DensityLegend, ServicesLegend } from './Legend';

/** Panel order: what people look for first; the 2013 wards sit under the current ones for comparison. */
const PANEL_ORDER = ['boroughs', 'wards', 'wards2013', 'lsoa', 'msoa', 'oa', 'services', 'bids', 'parishes', 'london'] as const satisfies readonly LayerId[];

function zoomHint(layer: LayerId): string | null {
  const from = (VISIBLE_FROM_ZOOM as Partial<Record<LayerId, number>>)[layer];
  return from === undefined ? null : `shown from zoom ${from}`;
}

/** Problems with this layer's files that the build skipped, in the words of the build log. */
function Warnings({ warnings }: { warnings: string[] | undefined }) {
  if (!warnings?.length) return null;
  return (
    <ul className="layer-row__warnings" aria-label="Data problems">
      {warnings.map((w) => (
        <li key={w}>{w}</li>
      ))}
    </ul>
  );
}

function LayerRow({ layer, entry, manifest }: { layer: LayerId; entry: LayerManifest; manifest: Manifest }) {
  const id = useId();
  const visible = useAppStore((s) => s.layerVisibility[layer]);
  const setVisible = useAppStore((s) => s.setLayerVisible);
  if (entry.status === 'missing') {
    return (
      <li className="layer-row layer-row--missing" data-layer={layer} data-status="missing">
        <input id={id} type="checkbox" disabled checked={false} aria-describedby={`${id}-why`} />
        <label htmlFor={id}>{entry.title}</label>
        <p id={`${id}-why`} className="muted">
          {entry.reason} {entry.howToAdd}
        </p>
        <Warnings warnings={entry.warnings} />
      </li>
    );
  }
  const hint = zoomHint(layer);
  const partial = entry.complete === false;
  // Services have one vintage per kind: listed under each kind instead.
  const vintage = entry.kinds ? 'several vintages' : formatVintage(entry.vintage);
  return (
    <li className="layer-row" data-layer={layer} data-status={partial ? 'partial' : 'present'}>
      <input id={id} type="checkbox" checked={visible} onChange={(e) => setVisible(layer, e.target.checked)} />
      <label htmlFor={id}>
        {entry.title}{' '}
        <span className="muted">
          ({entry.count.toLocaleString('en-GB')} · <span data-testid={`vintage-${layer}`}>{vintage}</span>
          {hint ? `; ${hint}` : ''})
        </span>
      </label>
      {partial && (
        <p className="layer-row__partial" data-testid={`partial-${layer}`}>
          <strong>Partial data:</strong> {entry.coverage}
        </p>
      )}
      {!entry.kinds && <p className="muted layer-row__source">{shortSource(entry.source)}</p>}
      <Warnings warnings={entry.warnings} />
      {visible && layer === 'lsoa' && <DensityLegend />}
      {layer === 'services' && <ServicesLegend entry={entry} manifest={manifest} />}
    </li>
  );
}

function BasemapToggle() {
  const id = useId();
  const on = useAppStore((s) => s.basemapOn);
  const setOn = useAppStore((s) => s.setBasemapOn);
  return (
    <li className="layer-row">
      <input id={id} type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
      <label htmlFor={id}>
        Street map underneath <span className="muted">(needs internet; © OpenStreetMap contributors)</span>
      </label>
    </li>
  );
}

/** Toggles, legend, missing-data explanations and data credits. Edits the store; the map follows it. */
export function LayerPanel({ manifest, defaultOpen = true }: { manifest: Manifest; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <section className={`layer-panel${open ? '' : ' layer-panel--closed'}`} aria-label="Map layers" data-covers-map="">
      {/* The heading is the one button (disclosure pattern): layers and legend sit behind it, and on
          touch the whole bar is the target. */}
      <h2 className="layer-panel__header">
        <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} aria-label={open ? 'Hide layers' : 'Show layers'}>
          <span>Layers</span>
          <span className="layer-panel__toggle" aria-hidden="true">
            {open ? '−' : '+'}
          </span>
        </button>
      </h2>
      {open && (
        <>
          <ul className="layer-list">
            {PANEL_ORDER.map((layer) => (
              <LayerRow key={layer} layer={layer} entry={manifest.layers[layer]} manifest={manifest} />
            ))}
            <OverlapToggle />
            <BasemapToggle />
          </ul>
          {manifest.layers.oa.status === 'present' && (
            <p className="muted">Population figures count the output-area centroids (dots) inside a proposal: the ONS best-fit method.</p>
          )}
          <DataSources manifest={manifest} />
        </>
      )}
    </section>
  );
}
