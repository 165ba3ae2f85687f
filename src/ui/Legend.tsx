import type { LayerManifestPresent, Manifest, ServiceType } from '../data/schema';
import { SERVICE_TYPES } from '../data/schema';
import { DENSITY_CLASSES, SERVICE_COLOURS, VISIBLE_FROM_ZOOM } from '../theme/palette';
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

/** Service types present (with counts) and the ones the data does not have yet. */
export function ServicesLegend({ entry, manifest }: { entry: LayerManifestPresent; manifest: Manifest }) {
  const counts = entry.countsByType ?? {};
  const present = (Object.keys(counts) as ServiceType[]).filter((t) => (counts[t] ?? 0) > 0);
  return (
    <figure className="legend" aria-label="Services legend">
      <ul className="legend__list">
        {present.map((type) => (
          <li key={type}>
            <span className="swatch swatch--round" style={{ background: SERVICE_COLOURS[type] }} aria-hidden="true" />
            {SERVICE_TYPES[type]} ({formatCount(counts[type] ?? 0)})
          </li>
        ))}
      </ul>
      {manifest.missingServiceTypes.length > 0 && (
        <p className="muted">
          Not in the data yet: {manifest.missingServiceTypes.map((t) => SERVICE_TYPES[t].toLowerCase()).join(', ')}.
        </p>
      )}
    </figure>
  );
}
