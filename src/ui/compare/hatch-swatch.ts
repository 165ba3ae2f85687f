/**
 * A legend swatch for a hatch pattern: the very pixels the map paints (src/theme/hatch.ts), drawn
 * on a canvas once per pattern and colour and kept as a data: URL (works offline, and prints).
 */
import { HATCH_SIZE, hatchPixels, type HatchKind } from '../../theme/hatch';

const cache = new Map<string, string>();

export function hatchSwatchUrl(kind: HatchKind, colour: string): string {
  const key = `${kind}${colour}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const canvas = document.createElement('canvas');
  canvas.width = HATCH_SIZE;
  canvas.height = HATCH_SIZE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  // A white ground: the map's patterns sit on a light map, and a transparent swatch would print blank.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, HATCH_SIZE, HATCH_SIZE);
  const tile = new ImageData(HATCH_SIZE, HATCH_SIZE);
  tile.data.set(hatchPixels(kind, colour));
  const layer = document.createElement('canvas');
  layer.width = HATCH_SIZE;
  layer.height = HATCH_SIZE;
  layer.getContext('2d')?.putImageData(tile, 0, 0);
  ctx.drawImage(layer, 0, 0);
  const url = canvas.toDataURL('image/png');
  cache.set(key, url);
  return url;
}
