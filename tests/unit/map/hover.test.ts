import type { MapGeoJSONFeature } from 'maplibre-gl';
import { describe as group, expect, it } from 'vitest';
import { describe } from '../../../src/map/hover';

// Hand-made stand-ins for what queryRenderedFeatures returns: only layer id and properties are read.
const feature = (layer: string, properties: Record<string, unknown>) => ({ layer: { id: layer }, properties }) as unknown as MapGeoJSONFeature;

group('hover card content', () => {
  it('names the borough, ward and small area under the pointer, with populations', () => {
    const info = describe(
      [
        feature('lsoa-fill', { name: 'Hackney 016F', code: 'E01001761', population: 1818, density: 171.1 }),
        feature('boroughs-fill', { name: 'Hackney', code: 'E09000012', population: 259151 }),
        feature('boroughs-fill', { name: 'Islington', code: 'E09000019', population: 216604 }),
      ],
      10,
      20,
      { name: 'Hackney Central', code: 'E05000237', population: 12990 },
    );
    expect(info).toEqual({
      x: 10,
      y: 20,
      lsoa: { name: 'Hackney 016F', code: 'E01001761', population: 1818, density: 171.1 },
      ward: { name: 'Hackney Central', code: 'E05000237', population: 12990 },
      borough: { name: 'Hackney', code: 'E09000012', population: 259151 },
    });
  });

  it('shows an unnamed service as such, and nothing when nothing is under the pointer', () => {
    expect(describe([feature('services-circle', { name: null, type: 'library' })], 0, 0)?.service).toEqual({ name: null, type: 'library' });
    expect(describe([], 0, 0)).toBeNull();
  });
});
