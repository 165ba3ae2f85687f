/**
 * Fuzz: a few hundred malformed files (fast-check) — truncated and bit-flipped fixture files, random
 * JSON, GeoJSON with random coordinates, random XML — never make the importer throw, and importing
 * whatever it accepts never changes the proposals already in the app.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { importFile } from '../../../src/io/import/import-file';
import { toProposals } from '../../../src/io/import/to-proposals';
import { createProposalsSlice, type ProposalsSlice } from '../../../src/state/proposals-slice';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/io');
const files = ['proposals-bng.geojson', 'proposals.kml', 'proposals-shp.zip', 'bids-gla-bng.zip'].map((name) => ({
  name,
  bytes: new Uint8Array(readFileSync(resolve(FIXTURES, name))),
}));
const text = (s: string) => new TextEncoder().encode(s);

const truncated = fc
  .record({ file: fc.constantFrom(...files), cut: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ file, cut }) => ({ name: file.name, bytes: file.bytes.slice(0, Math.floor(file.bytes.length * cut)) }));
const flipped = fc
  .record({ file: fc.constantFrom(...files), flips: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }) })
  .map(({ file, flips }) => {
    const bytes = file.bytes.slice();
    for (const f of flips) bytes[Math.floor(f.at * bytes.length)] = f.value;
    return { name: file.name, bytes };
  });
const randomJson = fc.record({ name: fc.constantFrom('x.geojson', 'x.json', 'x.kml', 'x.zip', 'x'), json: fc.jsonValue() }).map(({ name, json }) => ({ name, bytes: text(JSON.stringify(json) ?? '') }));
const coordinate = fc.oneof(fc.double(), fc.integer({ min: 495_000, max: 575_000 }), fc.double({ min: -0.6, max: 0.4 }), fc.constant(51.5), fc.string(), fc.constant(null));
const randomGeoJson = fc
  .array(
    fc.record({
      type: fc.constant('Feature'),
      properties: fc.oneof(fc.constant(null), fc.dictionary(fc.string(), fc.jsonValue())),
      geometry: fc.record({
        type: fc.constantFrom('Polygon', 'MultiPolygon', 'LineString', 'Point', 'GeometryCollection', 'Nonsense'),
        coordinates: fc.oneof(fc.array(fc.array(fc.array(coordinate, { maxLength: 3 }), { maxLength: 6 }), { maxLength: 3 }), fc.anything()),
      }),
    }),
    { maxLength: 5 },
  )
  .map((features) => ({ name: 'f.geojson', bytes: text(JSON.stringify({ type: 'FeatureCollection', features })) }));
const randomXml = fc
  .array(fc.oneof(fc.constantFrom('<kml>', '</kml>', '<Placemark>', '</Placemark>', '<Polygon><outerBoundaryIs><LinearRing><coordinates>', '</coordinates></LinearRing></outerBoundaryIs></Polygon>', '-0.1,51.5 -0.09,51.5 -0.09,51.51 -0.1,51.5', '<name>', '</name>', '&amp;', '<![CDATA['), fc.string()), { maxLength: 20 })
  .map((parts) => ({ name: 'f.kml', bytes: text(parts.join('')) }));

describe('importer fuzz', () => {
  it('never throws on malformed files and never changes existing proposals', async () => {
    const store = createStore<ProposalsSlice>()((...a) => createProposalsSlice(...a));
    store.getState().addProposal({ type: 'Polygon', coordinates: [[[-0.14, 51.51], [-0.13, 51.51], [-0.13, 51.515], [-0.14, 51.51]]] }, { name: 'Mine' });
    const before = structuredClone(store.getState().proposals);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(truncated, flipped, randomJson, randomGeoJson, randomXml), async ({ name, bytes }) => {
        const r = await importFile(name, bytes);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          expect(r.message).toContain(`"${name}`);
          return;
        }
        accepted += 1;
        const { proposals } = toProposals(r, { nameField: r.suggestedNameField, kind: 'parish', usedColours: [] });
        store.getState().importProposals(proposals);
        expect(store.getState().proposals.slice(0, before.length)).toEqual(before);
      }),
      { numRuns: 400, seed: 20261130 },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
