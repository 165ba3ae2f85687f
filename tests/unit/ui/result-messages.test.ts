import { beforeAll, describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { analyse } from '../../../src/analysis/analyse';
import type { Prepared } from '../../../src/analysis/prepare';
import type { AppData } from '../../../src/data/schema';
import type { ProposalKind } from '../../../src/analysis/types';
import { peekSummary, resultMessages } from '../../../src/ui/result-messages';
import { realData } from '../analysis/real-data';

/** Axis-aligned box, EPSG:4326 [west, south, east, north]. */
const box = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
// Over the Hackney–Islington boundary (Highbury, Stoke Newington, Dalston): real data, two boroughs or more.
const ACROSS = box(-0.105, 51.54, -0.065, 51.56);
// Inside the City of London, where the BID data has Cheapside and Eastern City.
const CITY = box(-0.095, 51.511, -0.078, 51.518);

describe('result messages (the peek’s warnings) from the engine on real data', () => {
  let prep: Prepared;
  let data: AppData;
  const run = (geometry: Polygon, kind: ProposalKind = 'parish', others: Polygon[] = []) =>
    analyse(prep, { id: 'p', name: 'P', kind, geometry }, { otherProposals: others.map((g, i) => ({ id: `o${i}`, name: `Other ${i}`, kind: 'parish', geometry: g })) });

  beforeAll(async () => {
    ({ prep, data } = await realData({ boroughs: true, wards: true, lsoa: true, oa: true, london: true, bids: true }, 'result-messages.test.ts'));
  });

  it('a parish across boroughs says "Splits N boroughs" once, as a warning, before any note', () => {
    const r = run(ACROSS);
    const n = r.governance.singleBorough.value;
    expect(n).toBeGreaterThanOrEqual(2);
    const messages = resultMessages(r, null);
    const boroughs = messages.filter((m) => /borough/i.test(m.title));
    expect(boroughs).toEqual([{ key: 'problem:crosses-borough', tone: 'warning', title: `Splits ${n} boroughs`, detail: r.governance.singleBorough.text }]);
    expect(messages[0]?.title).toBe(`Splits ${n} boroughs`);
    // A box drawn across wards takes parts of several.
    expect(messages.find((m) => m.key === 'split-wards')?.title).toMatch(/^Splits \d+ wards?$/);
  });

  it('a district (kind "cid") across boroughs is a note ("Spans"), not a warning', () => {
    const messages = resultMessages(run(ACROSS, 'cid'), null);
    const spans = messages.find((m) => m.key === 'rule:singleBorough');
    expect(spans?.tone).toBe('info');
    expect(spans?.title).toMatch(/^Spans \d boroughs$/);
    expect(messages.some((m) => m.tone === 'warning' && /borough/.test(m.title))).toBe(false);
  });

  it('one whole ward as a parish: no borough or split-ward message', () => {
    const ward = data.wards.features.find((f) => f.properties.name === 'Hackney Downs');
    if (!ward) throw new Error('Hackney Downs is not in the ward data');
    const messages = resultMessages(run(ward.geometry as Polygon), null);
    expect(messages.filter((m) => /borough|ward/i.test(m.title))).toEqual([]);
  });

  it('counts overlaps with BIDs and with the user’s other proposals as warnings', () => {
    const r = run(CITY, 'cid', [box(-0.09, 51.512, -0.07, 51.52)]);
    expect(r.bids?.length).toBeGreaterThan(0);
    const messages = resultMessages(r, null);
    const bids = messages.find((m) => m.key === 'bids');
    expect(bids?.tone).toBe('warning');
    expect(bids?.title).toBe(`Overlaps ${r.bids?.length} ${r.bids?.length === 1 ? 'BID' : 'BIDs'}`);
    for (const b of r.bids ?? []) expect(bids?.detail).toContain(b.name);
    expect(messages.find((m) => m.key === 'proposals')).toMatchObject({ tone: 'warning', title: 'Overlaps 1 other proposal' });
  });

  it('says when the BID data is partial (the manifest’s coverage sentence), as a note', () => {
    const r = run(ACROSS);
    expect(resultMessages(r, null).some((m) => m.key === 'bids-partial')).toBe(false);
    expect(resultMessages(r, '7 of the 76 GLA BIDs').find((m) => m.key === 'bids-partial')).toEqual({
      key: 'bids-partial',
      tone: 'info',
      title: 'BID data is partial',
      detail: 'BID data is partial: 7 of the 76 GLA BIDs',
    });
  });

  it('a shape the engine refuses gives its errors first and nothing from the (zero) figures', () => {
    const bowTie: Polygon = { type: 'Polygon', coordinates: [[[-0.1, 51.5], [-0.09, 51.51], [-0.09, 51.5], [-0.1, 51.51], [-0.1, 51.5]]] };
    const outside = run(box(2.3, 48.85, 2.35, 48.87)); // Paris
    const m = resultMessages(outside, null);
    expect(outside.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(m[0]).toMatchObject({ tone: 'error', title: 'Outside London' });
    const ranks = m.map((x) => ({ error: 0, warning: 1, info: 2 })[x.tone]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(resultMessages(run(bowTie), null).some((x) => x.title === 'Boundary crosses itself')).toBe(true);
  });
});

describe('the peek’s summary of notices and result messages (hand-made fixtures)', () => {
  const note = (title: string) => ({ key: title, tone: 'info' as const, title, detail: title });
  const warn = (title: string) => ({ key: title, tone: 'warning' as const, title, detail: title });

  it('counts everything and names the most serious; a notice wins at the same tone, the latest notice first', () => {
    expect(peekSummary([], [])).toBeNull();
    expect(peekSummary([{ tone: 'info', title: 'Opened a share link' }], [warn('Splits 2 boroughs'), note('BID data is partial')])).toEqual({ count: 3, tone: 'warning', title: 'Splits 2 boroughs' });
    expect(peekSummary([{ tone: 'info', title: 'Old hint' }, { tone: 'info', title: 'Zoom in to pick small areas' }], [note('Splits 3 wards')])).toEqual({ count: 3, tone: 'info', title: 'Zoom in to pick small areas' });
    expect(peekSummary([{ tone: 'error', title: 'Could not save' }], [warn('Overlaps 1 BID')])).toEqual({ count: 2, tone: 'error', title: 'Could not save' });
    expect(peekSummary([], [note('BID data is partial')])).toEqual({ count: 1, tone: 'info', title: 'BID data is partial' });
  });
});
