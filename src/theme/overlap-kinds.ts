/**
 * How each kind of overlap piece is drawn (src/map/overlap-layer.ts) and shown in the legends
 * (src/ui): a colour AND a hatch of its own, so colour is never the only thing telling them apart.
 * Pure constants: no MapLibre, no React. Colours pass 4.5:1 against white (outline and legend text).
 */
import type { OverlapKind } from '../analysis/overlap-shapes';

/** Hatch styles: lines at +45° or −45°, both (cross-hatch), or a dot grid. */
export type Hatch = 'up' | 'down' | 'cross' | 'dots';

export interface OverlapKindStyle {
  /** Legend text. */
  label: string;
  /** Hatch and outline colour (sRGB hex). */
  colour: string;
  hatch: Hatch;
}

export const OVERLAP_KIND_STYLES: Record<OverlapKind, OverlapKindStyle> = {
  bid: { label: 'Overlap with a BID', colour: '#00695c', hatch: 'up' },
  parish: { label: 'Overlap with an existing parish', colour: '#5d4037', hatch: 'down' },
  reference: { label: 'Overlap with a reference-layer area', colour: '#4527a0', hatch: 'cross' },
  proposal: { label: 'Overlap with another proposal', colour: '#ad1457', hatch: 'dots' },
};

/** Pattern tile size in device pixels (drawn at pixel ratio 2: a 12 CSS px repeat). Periods below divide it. */
export const HATCH_TILE_PX = 24;
/** Line spacing (device px) and stroke (device px) of the hatch lines. */
const PERIOD = 12;
const STROKE = 4;

/** True where the hatch paints the pixel (x, y) of a tile. Shared by the map pattern and the legend swatch. */
export function hatchCovers(hatch: Hatch, x: number, y: number): boolean {
  const up = (x + y) % PERIOD < STROKE;
  const down = (x - y + HATCH_TILE_PX * 2) % PERIOD < STROKE;
  if (hatch === 'up') return up;
  if (hatch === 'down') return down;
  if (hatch === 'cross') return up || down;
  const dx = x % 8;
  const dy = y % 8;
  return dx >= 2 && dx < 6 && dy >= 2 && dy < 6;
}

/** CSS background drawing the same hatch for a legend swatch (no canvas needed). */
export function hatchCss(style: OverlapKindStyle): string {
  const c = style.colour;
  const line = (deg: number) => `repeating-linear-gradient(${deg}deg, ${c} 0 2px, transparent 2px 6px)`;
  if (style.hatch === 'up') return line(-45);
  if (style.hatch === 'down') return line(45);
  if (style.hatch === 'cross') return `${line(-45)}, ${line(45)}`;
  return `radial-gradient(${c} 1.2px, transparent 1.6px) 0 0 / 4px 4px`;
}
