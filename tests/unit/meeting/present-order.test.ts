import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { presentableProposals, presentedProposals, stepPresented, stepProposal } from '../../../src/state/present-order';
import type { Proposal } from '../../../src/state/proposals-slice';
import { createMeetingSlice, MAX_COMPARE, type MeetingSlice } from '../../../src/state/meeting-slice';
import { create } from 'zustand';

// Fixture proposals (not real data): only id, hidden and whether there is a shape matter here.
const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
function proposal(id: string, hidden = false, shape = true): Proposal {
  return { id, name: id, kind: 'parish', colour: '#000', notes: '', hidden, geometry: shape ? square : null, createdAt: 0, updatedAt: 0 };
}

describe('stepping through proposals in presentation mode', () => {
  const list = [proposal('a'), proposal('hidden', true), proposal('b'), proposal('empty', false, false), proposal('c')];

  it('skips hidden and shapeless proposals and wraps round', () => {
    expect(presentableProposals(list).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(stepProposal(list, 'a', 1)).toBe('b');
    expect(stepProposal(list, 'c', 1)).toBe('a');
    expect(stepProposal(list, 'a', -1)).toBe('c');
    expect(stepProposal(list, null, 1)).toBe('a');
    expect(stepProposal(list, 'hidden', -1)).toBe('c');
    expect(stepProposal([proposal('x', true)], null, 1)).toBeNull();
  });

  it('→ n times then ← n times returns to the start (any list, any start)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), fc.nat(20), fc.nat(11), (hidden, steps, start) => {
        const ps = hidden.map((h, i) => proposal(`p${i}`, h));
        const shown = presentableProposals(ps);
        const first = shown[start % Math.max(shown.length, 1)]?.id ?? null;
        let id = first;
        for (let i = 0; i < steps; i += 1) id = stepProposal(ps, id, 1);
        for (let i = 0; i < steps; i += 1) id = stepProposal(ps, id, -1);
        expect(id).toBe(first);
      }),
    );
  });
});

describe('presenting a comparison', () => {
  const list = [proposal('a'), proposal('b'), proposal('hidden', true), proposal('c'), proposal('d')];

  it('shows and steps through only the compared proposals, in the order chosen', () => {
    const s = { proposals: list, comparing: true, compareIds: ['d', 'b'] };
    expect(presentedProposals(s).map((p) => p.id)).toEqual(['d', 'b']);
    expect(stepPresented(s, 'd', 1)).toBe('b');
    expect(stepPresented(s, 'b', 1)).toBe('d');
    expect(stepPresented(s, 'd', -1)).toBe('b');
    // From a proposal outside the comparison, → goes to the first compared one, never to 'c'.
    expect(stepPresented(s, 'a', 1)).toBe('d');
    expect(stepPresented(s, 'a', -1)).toBe('b');
  });

  it('shows every presentable proposal when not comparing, or when fewer than two compared can be shown', () => {
    expect(presentedProposals({ proposals: list, comparing: false, compareIds: ['a', 'b'] }).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(presentedProposals({ proposals: list, comparing: true, compareIds: ['a', 'hidden'] }).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never steps outside the compared set (any list, any choice, any number of steps)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 2, maxLength: 10 }), fc.uniqueArray(fc.nat(9), { minLength: 2, maxLength: 4 }), fc.nat(15), (hidden, picks, steps) => {
        const ps = hidden.map((h, i) => proposal(`p${i}`, h));
        const compareIds = picks.map((i) => `p${i % ps.length}`);
        const s = { proposals: ps, comparing: true, compareIds };
        const shown = presentedProposals(s).map((p) => p.id);
        let id: string | null = null;
        for (let i = 0; i < steps; i += 1) {
          id = stepPresented(s, id, 1);
          expect(id === null || shown.includes(id)).toBe(true);
        }
        const comparedShown = compareIds.filter((c, i) => compareIds.indexOf(c) === i && ps.some((p) => p.id === c && !p.hidden));
        if (comparedShown.length >= 2) expect(new Set(shown)).toEqual(new Set(comparedShown));
      }),
    );
  });
});

describe('choosing proposals to compare', () => {
  const store = () => create<MeetingSlice>()((...a) => createMeetingSlice(...a));

  it('keeps at most four, in the order chosen, and needs two to compare', () => {
    const s = store();
    s.getState().toggleCompare('a');
    s.getState().setComparing(true);
    expect(s.getState().comparing).toBe(false);
    for (const id of ['b', 'c', 'd', 'e']) s.getState().toggleCompare(id);
    expect(s.getState().compareIds).toEqual(['a', 'b', 'c', 'd']);
    expect(s.getState().compareIds).toHaveLength(MAX_COMPARE);
    s.getState().setComparing(true);
    expect(s.getState().comparing).toBe(true);
    s.getState().toggleCompare('b');
    expect(s.getState().compareIds).toEqual(['a', 'c', 'd']);
    s.getState().toggleCompare('a');
    s.getState().toggleCompare('c');
    expect(s.getState().comparing).toBe(false);
  });
});
