/**
 * The wording of the overlap notes (src/ui/overlap-notes.ts): each reason an overlap is not drawn,
 * in plain words, naming the overlaps, with singular and plural forms. Hand-made leftOut lists.
 */
import { describe, expect, it } from 'vitest';
import type { LeftOutOverlap } from '../../../src/analysis/overlap-shapes';
import { nameList, overlapNotes } from '../../../src/ui/overlap-notes';

const left = (name: string, why: LeftOutOverlap['why'], areaM2 = 5000, kind: LeftOutOverlap['kind'] = 'bid'): LeftOutOverlap => ({ key: `${kind}:${name}`, kind, name, areaM2, why });

describe('overlap notes', () => {
  it('says nothing when every overlap is drawn', () => {
    expect(overlapNotes({ leftOut: [], blocked: null })).toEqual([]);
  });

  it('one overlap the clipper could not cut', () => {
    expect(overlapNotes({ leftOut: [left('Better Bankside', 'not-cut')], blocked: null }, 'in the table')).toEqual([
      '1 overlap with Better Bankside could not be drawn; its figures are in the table.',
    ]);
  });

  it('several overlaps, each reason its own sentence, the boundary crossing first', () => {
    const notes = overlapNotes({
      leftOut: [left('Better Bankside', 'self-crossing'), left('Team London Bridge', 'self-crossing'), left('Fitzrovia', 'sliver', 40, 'proposal')],
      blocked: 'self-crossing',
    });
    expect(notes).toEqual([
      'The boundary crosses itself, so its overlaps cannot be drawn on the map: 2 overlaps (with Better Bankside and Team London Bridge); their figures are listed below. Fix the crossing to see them.',
      '1 overlap with Fitzrovia is too thin to draw (under 0.01 ha); its figures are listed below.',
    ]);
  });

  it('plural slivers and an unnamed proposal', () => {
    expect(overlapNotes({ leftOut: [left('', 'sliver', 30, 'proposal'), left('Cheapside', 'sliver', 20)], blocked: null })).toEqual([
      '2 overlaps (with an unnamed proposal and Cheapside) are too thin to draw (under 0.01 ha); their figures are listed below.',
    ]);
  });

  it('an unreadable boundary', () => {
    expect(overlapNotes({ leftOut: [], blocked: 'unreadable' })).toEqual(['The boundary could not be read, so no overlaps are drawn on the map.']);
  });

  it('lists at most four names and counts the rest', () => {
    expect(nameList(['A'])).toBe('A');
    expect(nameList(['A', 'B'])).toBe('A and B');
    expect(nameList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(nameList(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C, D and 2 more');
  });
});
