/**
 * The importer on the fixture files (tests/fixtures/io, derived from the bundle's real wards and BIDs)
 * and on bad input: every failure is a message naming the file and the problem, never a throw.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geometryToBng } from '../../../src/io/bng';
import { proposalsToGeoJson } from '../../../src/io/geojson-export';
import { importFile } from '../../../src/io/import/import-file';
import type { ImportResult, ImportSummary } from '../../../src/io/import/import-types';
import { findDuplicates, toProposals } from '../../../src/io/import/to-proposals';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/io');
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)));
const text = (s: string) => new TextEncoder().encode(s);
const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({ type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (geometry: unknown, properties: Record<string, unknown> = {}) => ({ type: 'Feature', properties, geometry });

function ok(r: ImportResult): ImportSummary {
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r;
}
async function failure(name: string, bytes: Uint8Array): Promise<string> {
  const r = await importFile(name, bytes);
  if (r.ok) throw new Error(`expected ${name} to fail`);
  expect(r.message).toContain(`"${name}`);
  return r.message;
}

describe('importFile on the fixture files', () => {
  it('reads the same two real wards from BNG GeoJSON, KML and a BNG zipped Shapefile, in the same place', async () => {
    const geo = ok(await importFile('proposals-bng.geojson', fixture('proposals-bng.geojson')));
    const kml = ok(await importFile('proposals.kml', fixture('proposals.kml')));
    const shp = ok(await importFile('proposals-shp.zip', fixture('proposals-shp.zip')));
    expect([geo.format, kml.format, shp.format]).toEqual(['geojson', 'kml', 'shapefile-zip']);
    expect(geo.notes.join(' ')).toMatch(/1 line skipped.*British National Grid/);
    expect(kml.notes.join(' ')).toMatch(/1 point skipped/);
    expect(shp.suggestedNameField).toBe('ward_name');
    expect(kml.suggestedNameField).toBe('name');
    for (const r of [geo, kml, shp]) {
      expect(r.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'MultiPolygon']);
      expect((r.features[1]?.geometry.coordinates as unknown[]).length).toBe(2); // multi-part stays multi-part
    }
    // Same first vertex within ~0.5 m whichever format carried it (BNG round trip to 1 cm, KML 6 dp).
    const first = (r: ImportSummary) => r.features[0]?.geometry.coordinates[0]?.[0] as unknown as number[];
    for (const r of [kml, shp]) {
      expect(Math.abs((first(r)[0] ?? 0) - (first(geo)[0] ?? 0))).toBeLessThan(1e-5);
      expect(Math.abs((first(r)[1] ?? 0) - (first(geo)[1] ?? 0))).toBeLessThan(1e-5);
    }
  });

  it('reads the GLA-format BID zip (BNG Shapefile with .prj) back onto the bundle BIDs', async () => {
    const bids = ok(await importFile('bids-gla-bng.zip', fixture('bids-gla-bng.zip')));
    expect(bids.features).toHaveLength(7);
    expect(bids.suggestedNameField).toBe('bid_name');
    const bundle = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../shared/data/london/business_improvement_districts.geojson'), 'utf8'));
    const want = bundle.features[0].geometry.coordinates[0][0] as number[];
    const got = bids.features[0]?.geometry.coordinates[0]?.[0] as unknown as number[];
    // proj4 forward then inverse with the WKT's TOWGS84: back within 1e-6° (≈ 0.1 m).
    expect(Math.abs((got[0] ?? 0) - (want[0] ?? 0))).toBeLessThan(1e-6);
    expect(Math.abs((got[1] ?? 0) - (want[1] ?? 0))).toBeLessThan(1e-6);
  });

  it('round-trips our own GeoJSON export: names, kinds, colours and notes kept', async () => {
    const now = 1_700_000_000_000;
    const mine = [
      { id: 'a', name: 'Soho <b>village</b>', kind: 'cid' as const, colour: '#E69F00', notes: 'line 1\nline 2', hidden: false, geometry: box(-0.14, 51.51, -0.13, 51.515), createdAt: now, updatedAt: now },
    ];
    const exported = JSON.stringify(proposalsToGeoJson(mine));
    const r = ok(await importFile('london-proposals.geojson', text(exported)));
    expect(r.ownExport).toBe(true);
    const { proposals } = toProposals(r, { nameField: 'name', kind: 'parish', usedColours: [] });
    expect(proposals.map(({ name, kind, colour, notes, geometry }) => ({ name, kind, colour, notes, geometry }))).toEqual(
      mine.map(({ name, kind, colour, notes, geometry }) => ({ name, kind, colour, notes, geometry })),
    );
    expect(findDuplicates(proposals, mine).map((p) => p.id)).toEqual(['a']);
  });

  it('honours the legacy crs member and detects undeclared BNG metres', async () => {
    const bngBox = geometryToBng(box(-0.14, 51.51, -0.13, 51.515));
    const declared = ok(await importFile('d.geojson', text(JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:27700' } }, features: [feature(bngBox)] }))));
    const sniffed = ok(await importFile('s.geojson', text(fc(feature(bngBox)))));
    for (const r of [declared, sniffed]) {
      const p = r.features[0]?.geometry.coordinates[0]?.[0] as unknown as number[];
      expect(p[0]).toBeCloseTo(-0.14, 5);
      expect(p[1]).toBeCloseTo(51.51, 5);
    }
  });
});

describe('importFile on bad input', () => {
  const zipOf = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

  it('names the file and the problem for each kind of bad file', async () => {
    expect(await failure('notes.txt', text('hello'))).toMatch(/not a supported format/);
    expect(await failure('cut.geojson', text('{"type":"FeatureCollection","features":[{"type":"Fea'))).toMatch(/not valid JSON/);
    expect(await failure('cut.kml', text('<?xml version="1.0"?><kml><Document><Placemark><name>x</name'))).toMatch(/not valid XML/);
    const zip = fixture('proposals-shp.zip');
    expect(await failure('cut.zip', zip.slice(0, zip.length - 200))).toMatch(/damaged or incomplete zip/);
    expect(await failure('noshp.zip', zipOf({ 'readme.txt': 'x' }))).toMatch(/without a \.shp/);
    const { 'proposals.prj': _prj, ...noPrj } = (await import('fflate')).unzipSync(zip);
    expect(await failure('noprj.zip', zipSync(noPrj))).toMatch(/no \.prj/);
    expect(await failure('odd.zip', zipSync({ ...noPrj, 'proposals.prj': strToU8('PROJCS["Made_Up",FOO]') }))).toMatch(/cannot read \("Made_Up"\)/);
    expect(await failure('crs.geojson', text(JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:2154' } }, features: [feature(box(-0.14, 51.51, -0.13, 51.515))] })))).toMatch(/EPSG:2154/);
    expect(await failure('swap.geojson', text(fc(feature(box(51.51, -0.14, 51.515, -0.13)))))).toMatch(/swapped/);
    expect(await failure('paris.geojson', text(fc(feature(box(2.3, 48.85, 2.31, 48.86)))))).toMatch(/not in London/);
    expect(await failure('lines.geojson', text(fc(feature({ type: 'LineString', coordinates: [[-0.1, 51.5], [-0.11, 51.51]] }))))).toMatch(/no polygons.*1 line skipped/);
    expect(await failure('empty.geojson', text(fc(feature({ type: 'Polygon', coordinates: [] }))))).toMatch(/no polygons/);
    expect(await failure('part.shp', text('x'))).toMatch(/one part of a Shapefile/);
    expect(await failure('zero.geojson', new Uint8Array())).toMatch(/empty/);
  });

  it('imports self-intersecting shapes (the analysis shows the problem) and skips empty ones with a reason', async () => {
    const bowTie: Polygon = { type: 'Polygon', coordinates: [[[-0.14, 51.51], [-0.13, 51.515], [-0.13, 51.51], [-0.14, 51.515], [-0.14, 51.51]]] };
    const r = ok(await importFile('mixed.geojson', text(fc(feature(bowTie, { name: 'Bow tie' }), feature({ type: 'Polygon', coordinates: [[[-0.1, 51.5], [-0.1, 51.5]]] }, { name: 'Empty' })))));
    expect(r.features.map((f) => f.properties.name)).toEqual(['Bow tie']);
    expect(r.skipped.join(' ')).toMatch(/Feature 2: its polygon is empty/);
  });

  it('asks before reading a 50 MB file or a 200,000-vertex one, and simplifies only with consent', async () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    const r = await importFile('big.geojson', big);
    expect(r.ok === false && r.needsConsent).toBe('large-file');
    // A 210,000-vertex circle-ish ring in Hyde Park.
    const n = 210_000;
    const ring = Array.from({ length: n }, (_, i) => [-0.165 + 0.005 * Math.cos((2 * Math.PI * i) / n), 51.507 + 0.003 * Math.sin((2 * Math.PI * i) / n)]);
    ring.push(ring[0] as number[]);
    const dense = text(fc(feature({ type: 'Polygon', coordinates: [ring] })));
    const refused = await importFile('dense.geojson', dense);
    expect(refused.ok === false && refused.needsConsent).toBe('many-vertices');
    const simplified = ok(await importFile('dense.geojson', dense, { simplify: true }));
    expect(simplified.vertexCount).toBeLessThanOrEqual(200_000);
    expect(simplified.notes.join(' ')).toMatch(/Simplified \(with your consent\)/);
  });
});
