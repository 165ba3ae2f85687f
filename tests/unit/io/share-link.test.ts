import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createStore } from 'zustand/vanilla';
import type { MultiPolygon, Polygon } from 'geojson';
import { decodeShareToken, encodeShareToken, shareUrl, tokenFromHash } from '../../../src/io/share-link';
import { importShareHash } from '../../../src/io/open-share-link';
import { base64urlToBytes, bytesToBase64url } from '../../../src/io/base64url';
import { createProposalsSlice, type Proposal, type ProposalsSlice } from '../../../src/state/proposals-slice';
import { createNoticesSlice, type NoticesSlice } from '../../../src/state/notices-slice';
import { createCameraSlice, type CameraSlice } from '../../../src/state/camera-slice';

type S = ProposalsSlice & NoticesSlice & CameraSlice;
const makeStore = () => createStore<S>()((...a) => ({ ...createProposalsSlice(...a), ...createNoticesSlice(...a), ...createCameraSlice(...a) }));

const soho: Polygon = {
  type: 'Polygon',
  coordinates: [[[-0.1403214, 51.5147891], [-0.1301999, 51.5150001], [-0.1298765, 51.5101234], [-0.1399999, 51.5098765], [-0.1403214, 51.5147891]]],
};
const twoParts: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [[[0, 51.5], [0.01, 51.5], [0.01, 51.51], [0, 51.5]], [[0.002, 51.501], [0.004, 51.501], [0.004, 51.502], [0.002, 51.501]]],
    [[[-0.2, 51.4], [-0.19, 51.4], [-0.19, 51.41], [-0.2, 51.4]]],
  ],
};
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function withProposals(): S {
  const s = makeStore();
  const a = s.getState().addProposal(soho, { name: 'Soho “village”', notes: 'ünïcode & notes\nline 2' });
  s.getState().updateProposalGeometry(a, soho, { layer: 'wards', codes: ['E05013806', 'E05013807'] });
  s.getState().addProposal(twoParts, { kind: 'cid', name: 'Two parts' });
  s.getState().addProposal(null, { name: 'Empty' });
  return s.getState();
}

describe('share links', () => {
  it('round-trips proposals through a token, rounding coordinates to 6 dp', async () => {
    const state = withProposals();
    const token = await encodeShareToken(state.proposals);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const { proposals, problems } = await decodeShareToken(token, 42);
    expect(problems).toEqual([]);
    expect(proposals).toHaveLength(2); // the one without a shape is left out
    const [a, b] = proposals;
    const src = state.proposals[0] as Proposal;
    expect(a).toMatchObject({ id: src.id, name: src.name, notes: src.notes, kind: 'parish', colour: src.colour, builtFrom: src.builtFrom, createdAt: 42 });
    expect(a?.geometry).toEqual({ type: 'Polygon', coordinates: soho.coordinates.map((r) => r.map((p) => p.map(round6))) });
    expect(b?.geometry).toEqual(twoParts);
    expect(b?.kind).toBe('cid');
  });

  it('round-trips any polygon to within 0.5e-6 degrees (property test)', async () => {
    const coord = fc.tuple(fc.double({ min: -0.6, max: 0.4, noNaN: true }), fc.double({ min: 51.2, max: 51.8, noNaN: true }));
    await fc.assert(
      fc.asyncProperty(fc.array(coord, { minLength: 3, maxLength: 40 }), async (pts) => {
        const ring = [...pts, pts[0] as [number, number]];
        const s = makeStore();
        s.getState().addProposal({ type: 'Polygon', coordinates: [ring] });
        const out = await decodeShareToken(await encodeShareToken(s.getState().proposals));
        const got = (out.proposals[0]?.geometry as Polygon).coordinates[0] ?? [];
        expect(got).toHaveLength(ring.length);
        got.forEach((p, i) => {
          expect(Math.abs((p[0] ?? NaN) - (ring[i]?.[0] ?? NaN))).toBeLessThanOrEqual(0.5e-6 + 1e-12);
          expect(Math.abs((p[1] ?? NaN) - (ring[i]?.[1] ?? NaN))).toBeLessThanOrEqual(0.5e-6 + 1e-12);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a 200-vertex proposal link short', async () => {
    const ring = Array.from({ length: 200 }, (_, i) => {
      const t = (2 * Math.PI * i) / 200;
      return [round6(-0.12 + 0.03 * Math.cos(t)), round6(51.5 + 0.02 * Math.sin(t))];
    });
    const s = makeStore();
    s.getState().addProposal({ type: 'Polygon', coordinates: [[...ring, ring[0] as number[]]] });
    const token = await encodeShareToken(s.getState().proposals);
    expect(token.length).toBeLessThan(2000);
  });

  it('puts the token in the hash and reads it back', () => {
    const url = shareUrl('http://localhost:4173/app/?x=1#old', 'abc-_');
    expect(url).toBe('http://localhost:4173/app/?x=1#share=abc-_');
    expect(tokenFromHash(new URL(url).hash)).toBe('abc-_');
    expect(tokenFromHash('#other=1')).toBeNull();
  });

  it('rejects damaged links with a plain message', async () => {
    await expect(decodeShareToken('!!!')).rejects.toThrow(/damaged/);
    await expect(decodeShareToken('AAAA')).rejects.toThrow(/damaged|different version/);
  });

  it('reports a bad proposal inside an otherwise good link', async () => {
    const { deflateRaw } = await import('../../../src/io/deflate');
    const good = { i: 'g', n: 'Good', k: 'parish', c: '#0072B2', t: '', m: false, g: [[[0, 51500000, 10000, 0, 0, 10000, -10000, -10000]]] };
    const bad = { ...good, i: 'b', n: 'Bad', k: 'county' };
    const bytes = await deflateRaw(new TextEncoder().encode(JSON.stringify({ v: 1, p: [good, bad, null] })));
    const out = await decodeShareToken(bytesToBase64url(bytes));
    expect(out.proposals.map((p) => p.name)).toEqual(['Good']);
    expect(out.problems[0]).toMatch(/"Bad" could not be read: unknown type "county"/);
    expect(out.problems[1]).toMatch(/proposal #3 could not be read/);
  });

  it('base64url round-trips bytes', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    expect(base64urlToBytes(bytesToBase64url(bytes))).toEqual(bytes);
  });
});

describe('opening a share link', () => {
  it('adds the proposals, tells the user, and does not duplicate on a second open', async () => {
    const token = await encodeShareToken(withProposals().proposals);
    const s = makeStore();
    const added = await importShareHash(s, `#share=${token}`);
    expect(added).toHaveLength(2);
    expect(s.getState().proposals.map((p) => p.name)).toEqual(['Soho “village”', 'Two parts']);
    expect(s.getState().notices[0]).toMatchObject({ tone: 'info', title: 'Opened a share link' });
    expect(s.getState().notices[0]?.details[0]).toMatch(/Added 2 proposals/);
    // The map is asked to fit the link's proposals (to the screen, clear of the panels).
    expect(s.getState().fitRequest).toEqual({ ids: added, seq: 1 });
    expect(await importShareHash(s, `#share=${token}`)).toEqual([]);
    // Opened again: nothing added, but the link's proposals (already here) are shown again.
    expect(s.getState().fitRequest).toEqual({ ids: added, seq: 2 });
    expect(s.getState().proposals).toHaveLength(2);
    expect(s.getState().notices[1]?.details.join(' ')).toMatch(/Already here, so not added again: “Soho “village””, “Two parts”/);
    s.getState().undo();
    expect(s.getState().proposals).toHaveLength(0);
  });

  it('shows an error notice for a damaged link and ignores other hashes', async () => {
    const s = makeStore();
    expect(await importShareHash(s, '#share=%%%')).toEqual([]);
    expect(s.getState().notices[0]).toMatchObject({ tone: 'error', title: 'The share link could not be opened' });
    expect(s.getState().fitRequest).toBeNull();
    expect(await importShareHash(s, '#map=12/51.5/-0.1')).toEqual([]);
    expect(s.getState().notices).toHaveLength(1);
  });
});
