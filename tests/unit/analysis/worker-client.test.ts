/**
 * The worker client end to end over a real MessageChannel and Comlink, with the worker's own API
 * object reading public/data from disk: same plumbing as the app, minus the browser Worker.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expose } from 'comlink';
import type { Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDir } from '../../../scripts/lib/load-data';
import { createAnalysisClient, SUPERSEDED } from '../../../src/worker/client';
import { createWorkerApi } from '../../../src/worker/worker-api-impl';
import { builtManifest } from './real-data';

builtManifest({ boroughs: true, wards: true, lsoa: true, oa: true, london: true }, 'worker-client.test.ts');

const { port1, port2 } = new MessageChannel();
expose(
  createWorkerApi(async (base, file) => {
    expect(base).toBe('http://app.test/');
    return readFile(join(dataDir(), file), 'utf8').catch(() => null);
  }),
  port2,
);
// A MessagePort speaks the same postMessage protocol as a Worker (the cast is only for the type).
const client = createAnalysisClient('http://app.test/', () => port1 as unknown as Worker);
afterAll(() => {
  port1.close();
  port2.close();
});

const box = (dx: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[-0.14 + dx, 51.51], [-0.13 + dx, 51.51], [-0.13 + dx, 51.515], [-0.14 + dx, 51.515], [-0.14 + dx, 51.51]]],
});

describe('analysis worker client (Comlink over MessageChannel)', () => {
  it('loads and indexes the data, then analyses', async () => {
    const summary = await client.ready;
    expect(summary.oaCount).toBe(26369);
    expect(summary.londonPopulation).toBeGreaterThan(8_700_000);
    const r = await client.analyse({ id: 'a', name: 'A', kind: 'parish', geometry: box(0) });
    expect(r).not.toBe(SUPERSEDED);
    if (r === SUPERSEDED) return;
    expect(r.population.estimate).toBeGreaterThan(1000);
    expect(r.boroughs[0]?.name).toBe('Westminster');
  });

  it('latest request wins: queued stale requests resolve superseded, the last one is answered', async () => {
    await client.ready;
    // Boxes 0.01° (~700 m) apart, so each holds a different set of people (checked below, not assumed).
    const geometries = [0, 0.01, 0.02, 0.03, 0.04].map(box);
    const calls = geometries.map((geometry) => client.analyse({ id: 'drag', name: 'drag', kind: 'parish', geometry }));
    const results = await Promise.all(calls);
    // The first was already running; 2nd–4th were replaced while waiting; the 5th ran.
    expect(results.slice(1, 4)).toEqual([SUPERSEDED, SUPERSEDED, SUPERSEDED]);
    const first = results[0];
    const last = results[4];
    if (!first || first === SUPERSEDED) throw new Error('the running request was not answered');
    if (!last || last === SUPERSEDED) throw new Error('the newest request was not answered');
    // Each box analysed on its own, one at a time: five different counts.
    const direct: number[] = [];
    for (const [i, geometry] of geometries.entries()) {
      const r = await client.analyse({ id: `direct-${i}`, name: 'd', kind: 'parish', geometry });
      if (r === SUPERSEDED) throw new Error('a lone request was superseded');
      direct.push(r.population.estimate);
    }
    expect(new Set(direct).size).toBe(5);
    expect(first.population.estimate).toBe(direct[0]);
    expect(last.population.estimate).toBe(direct[4]);
  });

  it('loads a user reference layer into the engine', async () => {
    const summary = await client.setReferenceLayer('bids', {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'b1', name: 'User BID', borough: null, townCentre: null, weblink: null, updated: null }, geometry: box(0) }],
    });
    expect(summary.bidCount).toBe(1);
    const r = await client.analyse({ id: 'a', name: 'A', kind: 'cid', geometry: box(0.005) });
    expect(r !== SUPERSEDED && r.bids?.[0]?.shareOfBid).toBeCloseTo(0.5, 2);
  });
});
