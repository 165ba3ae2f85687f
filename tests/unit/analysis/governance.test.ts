import { describe, expect, it } from 'vitest';
import {
  councillorsRule,
  NALC_STEPS,
  petitionRule,
  petitionThreshold,
  preceptRule,
  singleBoroughRule,
  suggestedCouncillors,
} from '../../../src/analysis/governance';

describe('CGR petition threshold (LGPIH Act 2007 s.80, SI 2015/998)', () => {
  it.each([
    [0, 0],
    [1, 1],
    [100, 38], // 37.5 → 38
    [499, 188], // 187.125 → 188: 37.5% still applies below 500
    [500, 187],
    [1200, 187],
    [2500, 187],
    [2501, 188], // 7.5% of 2,501 = 187.575 → 188
    [10000, 750],
  ])('%i electors need %i signatures', (electors, needed) => {
    expect(petitionThreshold(electors)).toBe(needed);
    expect(petitionRule(electors).value).toBe(needed);
  });

  it('says which band applies and cites the rule', () => {
    expect(petitionRule(499).text).toMatch(/fewer than 500/);
    expect(petitionRule(500).text).toMatch(/500 to 2,500/);
    expect(petitionRule(2500).text).toMatch(/500 to 2,500/);
    expect(petitionRule(2501).text).toMatch(/over 2,500/);
    expect(petitionRule(10).rule).toMatch(/s\.80/);
    expect(petitionRule(null).value).toBeNull();
  });
});

describe('NALC councillor numbers', () => {
  it('is 7 up to and including 900 electors', () => {
    expect(suggestedCouncillors(0)).toBe(7);
    expect(suggestedCouncillors(900)).toBe(7);
  });

  it('adds one just above each step, not at it', () => {
    NALC_STEPS.forEach((step, i) => {
      expect(suggestedCouncillors(step)).toBe(7 + i);
      expect(suggestedCouncillors(step + 1)).toBe(8 + i);
    });
  });

  it('is 25 above 23,000 and never below the legal minimum of 5', () => {
    expect(suggestedCouncillors(23000)).toBe(24);
    expect(suggestedCouncillors(23001)).toBe(25);
    expect(suggestedCouncillors(1_000_000)).toBe(25);
    expect(councillorsRule(23001).rule).toMatch(/NALC/);
    for (let e = 0; e < 30000; e += 97) expect(suggestedCouncillors(e)).toBeGreaterThanOrEqual(5);
  });
});

describe('single principal council (s.79)', () => {
  const camden = { name: 'Camden', share: 0.6 };
  const islington = { name: 'Islington', share: 0.4 };
  it('passes in one borough, fails a parish across two, informs a CID', () => {
    expect(singleBoroughRule([{ name: 'Camden', share: 1 }], true).status).toBe('ok');
    const parish = singleBoroughRule([camden, islington], true);
    expect(parish).toMatchObject({ value: 2, status: 'fail' });
    expect(parish.text).toMatch(/Camden, Islington/);
    expect(singleBoroughRule([camden, islington], false).status).toBe('info');
    expect(singleBoroughRule([], true).value).toBe(0);
    expect(parish.rule).toMatch(/s\.79/);
  });

  it('warns rather than fails when the other parts are under 5% (an edge slip), at the 5% edge', () => {
    const slip = singleBoroughRule([{ name: 'Hackney', share: 0.951 }, { name: 'Islington', share: 0.049 }], true);
    expect(slip.status).toBe('warning');
    expect(slip.text).toMatch(/Islington 4\.9%/);
    expect(singleBoroughRule([{ name: 'Hackney', share: 0.95 }, { name: 'Islington', share: 0.05 }], true).status).toBe('fail');
  });
});

describe('precept estimate', () => {
  it('is households × rate, default £79.71, bad rates fall back to the default', () => {
    expect(preceptRule(1000).value).toBe(79710);
    expect(preceptRule(1000, 46.38).value).toBe(46380);
    expect(preceptRule(1000, Number.NaN).value).toBe(79710);
    expect(preceptRule(1000, -5).value).toBe(79710);
    expect(preceptRule(3, 10).text).toMatch(/£30 a year from 3 households at £10\.00/);
  });
});
