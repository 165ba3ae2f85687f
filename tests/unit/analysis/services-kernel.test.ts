/**
 * The indexed services kernel (per-type flatbush, growing search radius) returns exactly what
 * the exhaustive reference returns (services-reference.ts): same services inside, same nearest
 * outside (id and metres) for every type, on random proposals over real London services,
 * including tiny ones, ones far outside London (the radius has to grow) and ones covering it all.
 */
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeGeometry } from '../../../src/analysis/normalize';
import type { Prepared } from '../../../src/analysis/prepare';
import { createProposalContext } from '../../../src/analysis/proposal-context';
import { servicesFor } from '../../../src/analysis/services';
import { realData } from './real-data';
import { servicesForReference } from './services-reference';

let prep: Prepared;
beforeAll(async () => {
  ({ prep } = await realData({ boroughs: true, wards: true, lsoa: true, oa: true, services: true }, 'services-kernel.test.ts'));
});

/** Star-shaped ring around (cx, cy), radius r degrees of latitude (longitude stretched 1.6×), EPSG:4326. */
function star(cx: number, cy: number, r: number, radii: number[]): Polygon {
  const n = radii.length;
  const ring: Position[] = radii.map((k, i) => {
    const a = (2 * Math.PI * i) / n;
    return [cx + r * k * 1.6 * Math.cos(a), cy + r * k * Math.sin(a)];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
}

function both(geometry: Polygon) {
  const shape = normalizeGeometry(geometry).shape;
  if (!shape) return null;
  const ctx = createProposalContext(shape);
  return { fast: servicesFor(ctx, prep.services), reference: servicesForReference(ctx, prep.services) };
}

describe('services kernel', () => {
  it('has services to test against', () => {
    expect(prep.services?.props.length ?? 0).toBeGreaterThan(1000);
  });

  it('equals the exhaustive reference on random proposals centred on services', () => {
    const s = prep.services;
    if (!s) throw new Error('no services layer');
    fc.assert(
      fc.property(
        fc.nat({ max: s.props.length - 1 }),
        fc.double({ min: 0.0003, max: 0.25, noNaN: true }),
        fc.array(fc.double({ min: 0.4, max: 1, noNaN: true }), { minLength: 3, maxLength: 60 }),
        (i, r, radii) => {
          const out = both(star(s.x[i] as number, s.y[i] as number, r, radii));
          if (out) expect(out.fast).toEqual(out.reference);
        },
      ),
      { numRuns: 120, seed: 20261130 },
    );
  });

  it('equals the reference far from London (the search radius grows) and around all of it', () => {
    for (const [cx, cy, r] of [
      [-3, 53, 0.01],
      [2.35, 48.85, 0.2],
      [-0.1, 51.5, 2],
      [-0.1, 51.5, 0.0001],
    ] as const) {
      const out = both(star(cx, cy, r, [1, 0.8, 1, 0.9, 1, 0.7]));
      expect(out).not.toBeNull();
      expect(out?.fast).toEqual(out?.reference);
    }
  });
});
