/**
 * Accuracy on real data (public/data from the London bundle). Measured figures are printed so
 * the numbers in reports come from here.
 */
import { area as turfArea, featureCollection, intersect, polygon, multiPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analysis/analyse';
import type { Prepared } from '../../../src/analysis/prepare';
import type { AppData } from '../../../src/data/schema';
import { realData } from './real-data';

let data: AppData;
let prep: Prepared;
beforeAll(async () => {
  ({ data, prep } = await realData());
});

const run = (geometry: Polygon | MultiPolygon, kind: 'parish' | 'cid' = 'parish') => analyse(prep, { id: 't', name: 't', kind, geometry });
const asFeature = (g: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => (g.type === 'Polygon' ? polygon(g.coordinates) : multiPolygon(g.coordinates));

describe('each borough drawn on its own boundary', () => {
  it('returns its LSOAs’ Census 2021 total within 0.5%, in that borough alone', () => {
    const rows = data.boroughs.features.map((b) => {
      const lsoaTotal = data.lsoa.features.filter((l) => l.properties.boroughCode === b.properties.code).reduce((s, l) => s + l.properties.population, 0);
      const r = run(b.geometry);
      return { name: b.properties.name, lsoaTotal, r, err: (r.population.estimate - lsoaTotal) / lsoaTotal };
    });
    const worst = [...rows].sort((a, b) => Math.abs(b.err) - Math.abs(a.err)).slice(0, 5);
    console.log('borough worst |best-fit − LSOA sum|:', worst.map((w) => `${w.name} ${(w.err * 100).toFixed(3)}%`).join(', '));
    expect(rows).toHaveLength(33);
    for (const { name, r, err, lsoaTotal } of rows) {
      expect(Math.abs(err), name).toBeLessThanOrEqual(0.005);
      expect(Math.abs(r.population.areaWeighted - lsoaTotal) / lsoaTotal, name).toBeLessThanOrEqual(0.005);
      expect(r.governance.singleBorough.value, name).toBe(1);
      expect(r.boroughs[0]?.name, name).toBe(name);
    }
  });
});

describe('each ward drawn on its own boundary', () => {
  it('area-weighted figure is within 3% of an independent turf area-weighted sum of the LSOAs it overlaps (sample)', () => {
    // turf.intersect (polyclip-ts) is ~6 ms per pair here, so check every 13th ward (50 wards).
    let worst = 0;
    data.wards.features.forEach((w, i) => {
      if (i % 13 !== 0) return;
      const [minX, minY, maxX, maxY] = prep.wards.polygons[i]?.shape.bbox ?? [0, 0, 0, 0];
      let expected = 0;
      for (const l of prep.lsoa.index?.search(minX, minY, maxX, maxY) ?? []) {
        const lsoa = data.lsoa.features[l];
        if (!lsoa) continue;
        const cut = intersect(featureCollection([asFeature(w.geometry), asFeature(lsoa.geometry)]));
        if (cut) expected += lsoa.properties.population * (turfArea(cut) / lsoa.properties.areaM2);
      }
      const got = run(w.geometry).population.areaWeighted;
      const err = Math.abs(got - expected) / Math.max(1, expected);
      worst = Math.max(worst, err);
      expect(err, w.properties.name).toBeLessThanOrEqual(0.03);
    });
    console.log(`ward area-weighted vs turf: worst ${(worst * 100).toFixed(3)}%`);
  });

  it('best-fit estimate vs the area-weighted sum: distribution and worst cases (all 649 wards)', () => {
    const rows = data.wards.features.map((w) => {
      const p = run(w.geometry).population;
      return { name: `${w.properties.name} (${w.properties.boroughName})`, bestFit: p.bestFit, aw: p.areaWeighted, err: (p.bestFit - p.areaWeighted) / Math.max(1, p.areaWeighted), within: p.low <= p.areaWeighted && p.areaWeighted <= p.high };
    });
    const abs = rows.map((r) => Math.abs(r.err)).sort((a, b) => a - b);
    const q = (x: number) => ((abs[Math.floor(x * (abs.length - 1))] ?? 0) * 100).toFixed(2);
    const over = rows.filter((r) => Math.abs(r.err) > 0.03).sort((a, b) => Math.abs(b.err) - Math.abs(a.err));
    console.log(`ward best-fit vs area-weighted |diff|: median ${q(0.5)}%, p90 ${q(0.9)}%, p95 ${q(0.95)}%, max ${q(1)}%; over 3%: ${over.length} of ${rows.length}`);
    console.log('over 3%:', over.map((r) => `${r.name} ${r.bestFit} vs ${r.aw}`).join('; '));
    // Best fit counts whole output areas (≈300 residents each), so tiny wards swing by whole OAs:
    // 25 City of London wards (most under 1,500 residents) miss 3%, and 6 of the other 624 wards
    // do (worst 4.6%, Marlborough, Harrow; measured 2026-11-27 on 2013 wards). Guard that:
    const ordinary = rows.filter((r) => !r.name.includes('(City of London)'));
    expect(ordinary.filter((r) => Math.abs(r.err) <= 0.03).length / ordinary.length).toBeGreaterThanOrEqual(0.98);
    expect(Math.max(...ordinary.map((r) => Math.abs(r.err)))).toBeLessThanOrEqual(0.05);
    expect(Number(q(0.5))).toBeLessThan(0.5);
  });
});

describe('London as a whole', () => {
  it('the London outline holds the London total', () => {
    const london = data.london.features[0];
    if (!london) throw new Error('london.geojson has no feature');
    const r = run(london.geometry);
    expect(r.population.estimate).toBe(prep.oa.total);
    expect(r.boroughs).toHaveLength(33);
  });
});
