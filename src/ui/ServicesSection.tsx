import { SERVICE_TYPES, type ServiceType } from '../data/schema';
import type { ServicesResult } from '../analysis/types';
import { formatCount } from './format';

/** Services inside the proposal by type, each list folded; the nearest one outside for context. */
export function ServicesSection({ services }: { services: ServicesResult }) {
  const types = (Object.keys(SERVICE_TYPES) as ServiceType[]).filter((t) => services.byType[t]);
  return (
    <section className="results__section" aria-labelledby="services-title">
      <h3 id="services-title">Services inside</h3>
      {types.length === 0 && <p className="muted">No service data is loaded.</p>}
      <ul className="service-list">
        {types.map((t) => {
          const s = services.byType[t];
          if (!s) return null;
          const near = s.nearestOutside;
          return (
            <li key={t}>
              <details>
                <summary data-testid={`services-${t}`}>
                  {SERVICE_TYPES[t]}: {formatCount(s.inside.length)} inside
                </summary>
                {s.inside.length > 0 && (
                  <ul>
                    {s.inside.map((x) => (
                      <li key={x.id}>{x.name ?? 'Unnamed'}</li>
                    ))}
                  </ul>
                )}
                {near && (
                  <p className="muted">
                    Nearest outside: {near.name ?? 'unnamed'}, {formatCount(Math.round(near.distanceM))} m from the boundary.
                  </p>
                )}
              </details>
            </li>
          );
        })}
      </ul>
      {services.missingTypes.length > 0 && (
        <p className="muted">Not in the data yet: {services.missingTypes.map((t) => SERVICE_TYPES[t]).join(', ')}.</p>
      )}
    </section>
  );
}
