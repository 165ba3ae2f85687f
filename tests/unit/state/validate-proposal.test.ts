import { describe, expect, it } from 'vitest';
import { checkAreaGeometry, checkProposal } from '../../../src/state/validate-proposal';

const ring = [[-0.1, 51.5], [-0.09, 51.5], [-0.09, 51.51], [-0.1, 51.5]];
const good = {
  id: 'a',
  name: 'Good',
  kind: 'parish',
  colour: '#0072B2',
  notes: '',
  hidden: false,
  geometry: { type: 'Polygon', coordinates: [ring] },
  createdAt: 1,
  updatedAt: 2,
};
const reason = (x: unknown) => {
  const r = checkProposal(x);
  return r.valid ? null : r.reason;
};

describe('checkProposal', () => {
  it('accepts a complete proposal and returns only known fields', () => {
    const r = checkProposal({ ...good, extra: 'dropped', builtFrom: { layer: 'wards', codes: ['E05000001'] } });
    expect(r.valid && r.value).toEqual({ ...good, builtFrom: { layer: 'wards', codes: ['E05000001'] } });
  });

  it('accepts a proposal with no shape yet', () => {
    expect(reason({ ...good, geometry: null })).toBeNull();
  });

  it.each([
    [{ ...good, id: '' }, 'missing id'],
    [{ ...good, kind: 'toString' }, 'unknown type "toString"'],
    [{ ...good, kind: undefined }, 'its type (parish or CID) is missing'],
    [{ ...good, colour: 'red' }, 'colour is not a #rrggbb colour'],
    [{ ...good, hidden: 'no' }, 'hidden is not true/false'],
    [{ ...good, updatedAt: NaN }, 'updatedAt is not a time'],
    [{ ...good, builtFrom: { layer: 'counties', codes: [] } }, 'builtFrom has an unknown layer'],
    [{ ...good, builtFrom: { layer: 'lsoa', codes: [1] } }, 'builtFrom codes are not text'],
  ])('rejects %o: %s', (input, why) => {
    expect(reason(input)).toBe(why);
  });
});

describe('checkAreaGeometry', () => {
  const why = (g: unknown) => {
    const r = checkAreaGeometry(g);
    return r.valid ? null : r.reason;
  };
  it('accepts polygons and multipolygons in WGS84', () => {
    expect(why({ type: 'Polygon', coordinates: [ring] })).toBeNull();
    expect(why({ type: 'MultiPolygon', coordinates: [[ring], [ring]] })).toBeNull();
  });
  it('rejects other types, empty shapes, NaN, British National Grid metres and open rings', () => {
    expect(why({ type: 'LineString', coordinates: ring })).toMatch(/not a Polygon/);
    expect(why({ type: 'MultiPolygon', coordinates: [] })).toBe('geometry is empty');
    expect(why({ type: 'Polygon', coordinates: [[[NaN, 51], [0, 51], [0, 52], [NaN, 51]]] })).toMatch(/not valid GeoJSON|not a finite number/);
    expect(why({ type: 'Polygon', coordinates: [[[530000, 180000], [531000, 180000], [531000, 181000], [530000, 180000]]] })).toMatch(/not WGS84/);
    expect(why({ type: 'Polygon', coordinates: [[[0, 51], [1, 51], [1, 52], [0, 51.5]]] })).toMatch(/not closed|not valid GeoJSON/);
    expect(why({ type: 'Polygon', coordinates: [[[0, 51], [1, 51], [0, 51]]] })).toMatch(/fewer than 4 positions|not valid GeoJSON/);
  });
});
