/**
 * Hatch patterns for the compare map's differences, shared by the map (map.addImage) and its legend
 * (src/ui swatches), so the legend shows exactly what is painted. Pure: RGBA pixels, no DOM.
 *
 * Each compared proposal (by its place in the comparison, 0–3) has its own line direction, drawn
 * in that proposal's colour, so "only in A" and "only in B" differ by pattern, not colour alone;
 * regions shared by several proposals are cross-hatched in near-black.
 */

export const HATCH_KINDS = {
  'diagonal-up': { words: 'lines rising to the right (╱)' },
  'diagonal-down': { words: 'lines falling to the right (╲)' },
  vertical: { words: 'vertical lines (│)' },
  horizontal: { words: 'horizontal lines (─)' },
  cross: { words: 'cross-hatching (╳)' },
} as const;
export type HatchKind = keyof typeof HATCH_KINDS;

/** The pattern of the n-th compared proposal's "only in" region. */
export const PROPOSAL_HATCHES = ['diagonal-up', 'diagonal-down', 'vertical', 'horizontal'] as const satisfies readonly HatchKind[];
/** Regions two or more compared proposals share. */
export const SHARED_HATCH: HatchKind = 'cross';
export const SHARED_COLOUR = '#1b1b1b';

/** Tile size in image pixels, drawn at pixelRatio 2: a 16 CSS px repeat with 3 CSS px lines (legible on a projector). */
export const HATCH_SIZE = 32;
export const HATCH_PIXEL_RATIO = 2;
const HALF_WIDTH = 3;

export function hatchKindFor(inCount: number, index: number): HatchKind {
  return inCount > 1 ? SHARED_HATCH : (PROPOSAL_HATCHES[index % PROPOSAL_HATCHES.length] ?? 'diagonal-up');
}

function parseHex(colour: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  const v = m ? parseInt(m[1] as string, 16) : 0x1b1b1b;
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Distance (px) from the pixel centre to the nearest line of the pattern; periodic in x and y by `size`, so tiles join. */
function distanceToLine(kind: HatchKind, x: number, y: number, size: number): number {
  const cx = x + 0.5;
  const cy = y + 0.5;
  const wrap = (v: number) => {
    const m = ((v % size) + size) % size;
    return Math.min(m, size - m);
  };
  switch (kind) {
    case 'diagonal-up':
      return wrap(cx + cy) / Math.SQRT2;
    case 'diagonal-down':
      return wrap(cx - cy) / Math.SQRT2;
    case 'vertical':
      return wrap(cx - size / 2);
    case 'horizontal':
      return wrap(cy - size / 2);
    case 'cross':
      return Math.min(wrap(cx + cy), wrap(cx - cy)) / Math.SQRT2;
  }
}

/** RGBA pixels (HATCH_SIZE²×4) of one pattern tile: anti-aliased lines in `colour` on transparent. */
export function hatchPixels(kind: HatchKind, colour: string, size = HATCH_SIZE): Uint8ClampedArray {
  const [r, g, b] = parseHex(colour);
  const data = new Uint8ClampedArray(size * size * 4);
  const half = kind === 'cross' ? HALF_WIDTH - 0.75 : HALF_WIDTH;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const coverage = Math.max(0, Math.min(1, half - distanceToLine(kind, x, y, size) + 0.5));
      const o = (y * size + x) * 4;
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = Math.round(coverage * 235);
    }
  }
  return data;
}

/** The map image id of a pattern in a colour (one image per kind and colour). */
export const hatchImageId = (kind: HatchKind, colour: string) => `hatch-${kind}-${colour.replace('#', '').toLowerCase()}`;
