/**
 * Words for one difference region of a comparison, shared by the map label, the legend and the
 * "Differences" list (and the printed report), so all say the same: "Only in Bankside: 80.2 ha ·
 * 6,541 residents".
 */
import type { ComparePiece } from '../analysis/compare-shapes';

/** Hectares from m², 2 decimals below 10 ha, else 1 (the results panel's precision). */
export function hectares(areaM2: number): string {
  const ha = areaM2 / 1e4;
  return `${ha.toLocaleString('en-GB', { maximumFractionDigits: ha < 10 ? 2 : 1, minimumFractionDigits: ha < 10 ? 2 : 1 })} ha`;
}

export function residentsText(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'resident' : 'residents'}`;
}

/** One line, or (`twoLines`, for a map label that must fit a small region) the name above the figures. */
export function differenceText(piece: Pick<ComparePiece, 'label' | 'areaM2' | 'residents'>, twoLines = false): string {
  return `${piece.label}:${twoLines ? '\n' : ' '}${hectares(piece.areaM2)} · ${residentsText(piece.residents)}`;
}
