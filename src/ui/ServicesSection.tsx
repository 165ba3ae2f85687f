import { SERVICE_KINDS, SERVICE_TYPE_IDS } from '../data/service-kinds';
import type { ServicesResult } from '../analysis/types';
import { formatCount } from './format';
import { useManifest } from './manifest-context';
import { serviceKindSource } from './provenance-text';

/**
 * Services inside the proposal by kind, each list folded (names on demand), the nearest one outside
 * for context, and under each kind where and when its data comes from ("GP surgeries: NHS Choices
 * data extracts, February 2014"), so a dated list is never read as current.
 */
export function ServicesSection({ services }: { services: ServicesResult }) {
  const manifest = useManifest();
  const types = SERVICE_TYPE_IDS.filter((t) => services.byType[t]);
  return (
    <section className="results__section" aria-labelledby="services-title">
      <h3 id="services-title">Services inside</h3>
      {types.length === 0 && <p className="muted">No service data is loaded.</p>}
      <ul className="service-list">
        {types.map((t) => {
          const s = services.byType[t];
          if (!s) return null;
          const near = s.nearestOutside;
          const source = serviceKindSource(manifest, t);
          return (
            <li key={t} data-kind={t}>
              <details>
                <summary data-testid={`services-${t}`}>
                  {SERVICE_KINDS[t].plural}: {formatCount(s.inside.length)} inside
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
              {source && (
                <p className="muted provenance" data-testid={`services-${t}-source`}>
                  {source}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {services.missingTypes.length > 0 && (
        <p className="muted">Not in the data yet: {services.missingTypes.map((t) => SERVICE_KINDS[t].plural).join(', ')}.</p>
      )}
    </section>
  );
}
