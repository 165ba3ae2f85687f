/**
 * Plain words for the overlaps the map does not draw (analysis/overlap-shapes.ts `leftOut`):
 * slivers under 0.01 ha, shapes the clipper could not cut, and every overlap of a boundary that
 * crosses itself. Each note names the overlaps and says where their figures are, so a user who
 * sees fewer hatched shapes than listed overlaps knows why and that nothing is lost.
 */
import type { LeftOutOverlap, LeftOutReason, OverlapShapesResult } from '../analysis/overlap-shapes';
import { MIN_PIECE_M2 } from '../analysis/overlap-shapes';
import { formatCount } from './format';

/** At most this many names in one note; the rest are counted ("and 3 more"). */
const MAX_NAMES = 4;

/** "A", "A and B", "A, B and C", "A, B, C, D and 2 more". */
export function nameList(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES);
  const rest = names.length - shown.length;
  const parts = rest > 0 ? [...shown, `${formatCount(rest)} more`] : shown;
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

const label = (l: LeftOutOverlap) => (l.name.trim() === '' ? (l.kind === 'proposal' ? 'an unnamed proposal' : 'an unnamed area') : l.name);

/** "1 overlap with A" / "2 overlaps (with A and B)". */
function counted(list: readonly LeftOutOverlap[]): string {
  const names = nameList(list.map(label));
  return list.length === 1 ? `1 overlap with ${names}` : `${formatCount(list.length)} overlaps (with ${names})`;
}

const SLIVER_HA = MIN_PIECE_M2 / 1e4;

/** One sentence per reason; `figuresAt` completes "its figures are …" (e.g. "listed below", "in the results panel"). */
const SENTENCES: Record<LeftOutReason, (list: readonly LeftOutOverlap[], figuresAt: string) => string> = {
  'self-crossing': (list, at) =>
    `The boundary crosses itself, so ${list.length === 1 ? 'its overlap' : 'its overlaps'} cannot be drawn on the map: ${counted(list)}; ${list.length === 1 ? 'its' : 'their'} figures are ${at}. Fix the crossing to see ${list.length === 1 ? 'it' : 'them'}.`,
  'not-cut': (list, at) => `${counted(list)} could not be drawn; ${list.length === 1 ? 'its' : 'their'} figures are ${at}.`,
  sliver: (list, at) =>
    `${counted(list)} ${list.length === 1 ? 'is' : 'are'} too thin to draw (under ${SLIVER_HA} ha); ${list.length === 1 ? 'its' : 'their'} figures are ${at}.`,
};

/** The order notes are shown in: the one that hides most first. */
const ORDER: readonly LeftOutReason[] = ['self-crossing', 'not-cut', 'sliver'];

/**
 * The notes for one proposal's overlap shapes, or [] when everything measured is drawn.
 * `figuresAt` says where the measured figures are shown, to finish "its figures are …".
 */
export function overlapNotes(result: Pick<OverlapShapesResult, 'leftOut' | 'blocked'>, figuresAt = 'listed below'): string[] {
  if (result.blocked === 'unreadable') return ['The boundary could not be read, so no overlaps are drawn on the map.'];
  return ORDER.flatMap((why) => {
    const list = result.leftOut.filter((l) => l.why === why);
    return list.length > 0 ? [SENTENCES[why](list, figuresAt)] : [];
  });
}
