/**
 * User reference layers in the engine, on real data: the GLA-format BID zip fixture (the bundle's 7
 * real BIDs in BNG, tests/fixtures/io) loaded as a reference layer lists each overlap, never counts a
 * BID twice in the BID section, and fills the gap when the built-in BID data lacks some BIDs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/analysis/engine';
import type { UserLayerInput } from '../../../src/analysis/user-layers';
import { importFile } from '../../../src/io/import/import-file';
import { realData } from './real-data';

const box = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
// Southwark riverside (Bankside to London Bridge) and the City around Cheapside / Bank.
const BANKSIDE = { id: 'p1', name: 'Bankside', kind: 'cid' as const, geometry: box(-0.105, 51.502, -0.085, 51.509) };
const CITY = { id: 'p2', name: 'City', kind: 'cid' as const, geometry: box(-0.1, 51.511, -0.085, 51.518) };

async function bidLayer(): Promise<UserLayerInput> {
  const r = await importFile('bids-gla-bng.zip', new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/io/bids-gla-bng.zip'))));
  if (!r.ok) throw new Error(r.message);
  return {
    id: 'gla',
    name: 'GLA BIDs (fixture)',
    isBids: true,
    features: r.features.map((f) => ({ type: 'Feature', properties: { name: f.properties.bid_name ?? '' }, geometry: f.geometry })),
  };
}

describe('user reference layers', () => {
  it('lists overlaps with each feature of a loaded layer: area, share of it, share of the proposal', async () => {
    const { data } = await realData();
    const engine = createEngine(data);
    expect(engine.setUserLayers([await bidLayer()])).toEqual([7]);
    const r = engine.analyse(BANKSIDE);
    const layer = r.referenceLayers?.[0];
    expect(layer?.layerName).toBe('GLA BIDs (fixture)');
    const names = layer?.overlaps.map((o) => o.name) ?? [];
    expect(names).toContain('Better Bankside');
    for (const o of layer?.overlaps ?? []) {
      expect(o.overlapHa).toBeGreaterThan(0);
      expect(o.shareOfFeature).toBeGreaterThan(0);
      expect(o.shareOfFeature).toBeLessThanOrEqual(1);
      expect(o.shareOfProposal).toBeCloseTo(o.overlapHa / r.areaHa, 2);
    }
    // The same 7 BIDs are built in: the BID section lists each once, from the built-in data.
    const bidNames = r.bids?.map((b) => b.name) ?? [];
    expect(new Set(bidNames).size).toBe(bidNames.length);
    expect(r.bids?.every((b) => b.source === undefined)).toBe(true);
    expect(r.bids?.map((b) => b.name).sort()).toEqual([...names].sort());
    engine.setUserLayers([]);
    expect(engine.analyse(BANKSIDE).referenceLayers).toBeUndefined();
  });

  it('fills the gap when the built-in data lacks BIDs, saying which came from where', async () => {
    const { data } = await realData();
    if (!data.bids) throw new Error('public/data has no BIDs: run npm run data');
    // Built-in data with the City BIDs removed (a fixture of a partial BID layer).
    const partial = { ...data, bids: { ...data.bids, features: data.bids.features.filter((f) => !/Cheapside|Culture Mile|Eastern City/.test(f.properties.name)) } };
    const engine = createEngine(partial);
    engine.setUserLayers([await bidLayer()]);
    const r = engine.analyse(CITY);
    const fromLayer = r.bids?.filter((b) => b.source === 'GLA BIDs (fixture)').map((b) => b.name) ?? [];
    expect(fromLayer).toContain('Cheapside');
    expect(r.bids?.filter((b) => b.source === undefined).every((b) => !/Cheapside/.test(b.name))).toBe(true);
    const all = r.bids?.map((b) => b.name) ?? [];
    expect(new Set(all).size).toBe(all.length);
  });
});
