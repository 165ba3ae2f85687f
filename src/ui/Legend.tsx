import { useId } from 'react';
import type { LayerManifestPresent, Manifest, ServiceType } from '../data/schema';
import { SERVICE_KINDS, SERVICE_TYPE_IDS } from '../data/service-kinds';
import { formatVintage, shortSource } from '../data/vintage';
import { useAppStore } from '../state/store';
import { DENSITY_CLASSES, VISIBLE_FROM_ZOOM } from '../theme/palette';
import { formatCount } from './format';

/** Density ramp of the small-area shading, from the same classes the map paints with. */
export function DensityLegend() {
  return (
    <figure className="legend" aria-label="Population density legend">
      <figcaption>People per hectare (Census 2021), from zoom {VISIBLE_FROM_ZOOM.lsoa}</figcaption>
      <ul className="legend__ramp">
        {DENSITY_CLASSES.map((c) => (
          <li key={c.min}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {c.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function KindFilter({ kind, count, entry }: { kind: ServiceType; count: number; entry: LayerManifestPresent }) {
  const id = useId();
  const shown = useAppStore((s) => !s.hiddenServiceKinds.includes(kind));
  const setShown = useAppStore((s) => s.setServiceKindShown);
  const info = SERVICE_KINDS[kind];
  const provenance = entry.kinds?.[kind];
  return (
    <li className="kind-filter" data-kind={kind}>
      <input id={id} type="checkbox" checked={shown} onChange={(e) => setShown(kind, e.target.checked)} />
      <label htmlFor={id}>
        <span className="swatch swatch--round" style={{ background: info.colour }} aria-hidden="true" />
        {info.plural} ({formatCount(count)})
      </label>
      {provenance && (
        <span className="muted kind-filter__source">
          {formatVintage(provenance.vintage)} · {shortSource(provenance.source)}
          {provenance.complete ? '' : ' (partial)'}
        </span>
      )}
    </li>
  );
}

/**
 * Service kinds present, each with its count, vintage and source and a switch that shows or hides it
 * on the map (saved); the kinds the data does not have yet are named.
 */
export function ServicesLegend({ entry, manifest }: { entry: LayerManifestPresent; manifest: Manifest }) {
  const counts = entry.countsByType ?? {};
  const present = SERVICE_TYPE_IDS.filter((t) => (counts[t] ?? 0) > 0);
  return (
    <figure className="legend" aria-label="Service kinds">
      <figcaption>Grouped into numbered clusters at city zoom; each service with its symbol when zoomed in.</figcaption>
      <ul className="legend__list kind-filters">
        {present.map((kind) => (
          <KindFilter key={kind} kind={kind} count={counts[kind] ?? 0} entry={entry} />
        ))}
      </ul>
      {manifest.missingServiceTypes.length > 0 && (
        <p className="muted">Not in the data yet: {manifest.missingServiceTypes.map((t) => SERVICE_KINDS[t].plural.toLowerCase()).join(', ')}.</p>
      )}
    </figure>
  );
}
