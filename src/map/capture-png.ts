/**
 * A PNG of the current map view for reports and slides: the WebGL canvas (read inside a `render`
 * event, while its drawing buffer is still intact, so no preserveDrawingBuffer cost on every frame)
 * with a legend of visible proposals and reference layers, a scale bar, a north arrow and the data
 * attribution drawn on top. Output size = the canvas's device pixels.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CaptureOptions } from '../state/map-capture';
import type { AppStoreApi } from './store-handle';

/** Web Mercator ground resolution: metres per CSS pixel at latitude `lat` (MapLibre tiles are 512 px). */
export const metresPerPixel = (lat: number, zoom: number) => (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

const NICE_METRES = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000];

function snapshot(map: MapLibreMap): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error('The map image could not be read.'));
      image.src = map.getCanvas().toDataURL('image/png');
    });
    map.triggerRepaint();
  });
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Frames `bbox`, captures, then puts the camera back where the user had it. */
export async function captureFramed(map: MapLibreMap, store: AppStoreApi, options: CaptureOptions = {}): Promise<Blob> {
  if (!options.bbox) return captureMapPng(map, store);
  const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing() };
  const [w, s, e, n] = options.bbox;
  const idle = new Promise<void>((done) => map.once('idle', () => done()));
  map.fitBounds([w, s, e, n], { padding: 60, duration: 0, maxZoom: 16 });
  await idle;
  try {
    return await captureMapPng(map, store);
  } finally {
    map.jumpTo(camera);
  }
}

export async function captureMapPng(map: MapLibreMap, store: AppStoreApi): Promise<Blob> {
  const image = await snapshot(map);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the map image.');
  const px = image.width / Math.max(1, map.getCanvas().clientWidth); // device pixels per CSS pixel
  ctx.drawImage(image, 0, 0);
  ctx.scale(px, px);
  const w = image.width / px;
  const h = image.height / px;
  const panel = (x: number, y: number, bw: number, bh: number) => {
    ctx.fillStyle = 'rgba(255,255,255,0.92)';
    ctx.strokeStyle = '#333';
    ctx.lineWidth = 1;
    ctx.fillRect(x, y, bw, bh);
    ctx.strokeRect(x + 0.5, y + 0.5, bw - 1, bh - 1);
  };

  // Legend (top left): visible proposals, then reference layers (dashed).
  const { proposals, referenceLayers } = store.getState();
  const entries = [
    ...proposals.filter((p) => !p.hidden && p.geometry).map((p) => ({ label: p.name, colour: p.colour, dashed: false })),
    ...referenceLayers.filter((l) => l.visible).map((l) => ({ label: `${l.name} (reference)`, colour: l.colour, dashed: true })),
  ].slice(0, 14);
  ctx.font = '13px sans-serif';
  const legendW = Math.min(w * 0.45, 24 + Math.max(90, ...entries.map((e) => ctx.measureText(e.label).width)) + 16);
  const legendH = 28 + entries.length * 20;
  panel(10, 10, legendW, legendH);
  ctx.fillStyle = '#111';
  ctx.font = 'bold 13px sans-serif';
  ctx.fillText('Legend', 18, 28);
  ctx.font = '13px sans-serif';
  entries.forEach((e, i) => {
    const y = 36 + i * 20;
    ctx.setLineDash(e.dashed ? [4, 2] : []);
    ctx.strokeStyle = e.colour;
    ctx.lineWidth = 2.5;
    ctx.fillStyle = `${e.colour}55`;
    ctx.fillRect(18, y, 16, 12);
    ctx.strokeRect(18, y, 16, 12);
    ctx.setLineDash([]);
    ctx.fillStyle = '#111';
    ctx.fillText(e.label, 40, y + 11, legendW - 48);
  });

  // North arrow (top right), turned with the map's bearing.
  ctx.save();
  ctx.translate(w - 30, 40);
  ctx.rotate((-map.getBearing() * Math.PI) / 180);
  ctx.fillStyle = '#111';
  ctx.beginPath();
  ctx.moveTo(0, -18);
  ctx.lineTo(9, 10);
  ctx.lineTo(0, 4);
  ctx.lineTo(-9, 10);
  ctx.closePath();
  ctx.fill();
  ctx.font = 'bold 14px sans-serif';
  ctx.textAlign = 'center';
  ctx.fillText('N', 0, 26);
  ctx.restore();

  // Attribution (bottom), wrapped, from the map's own attribution control.
  const attribution = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
  ctx.font = '11px sans-serif';
  const lines = wrap(ctx, attribution, w - 24).slice(0, 6);
  const attrH = lines.length * 14 + 8;
  if (lines.length > 0) {
    panel(0, h - attrH, w, attrH);
    ctx.fillStyle = '#111';
    lines.forEach((l, i) => ctx.fillText(l, 12, h - attrH + 16 + i * 14));
  }

  // Scale bar (bottom left, above the attribution): the longest nice length under 150 px.
  const mpp = metresPerPixel(map.getCenter().lat, map.getZoom());
  const metres = [...NICE_METRES].reverse().find((m) => m / mpp <= 150) ?? NICE_METRES[0] ?? 10;
  const barPx = metres / mpp;
  const by = h - attrH - 16;
  panel(10, by - 22, barPx + 70, 32);
  ctx.fillStyle = '#111';
  ctx.fillRect(18, by, barPx, 4);
  ctx.fillRect(18, by - 6, 2, 10);
  ctx.fillRect(18 + barPx - 2, by - 6, 2, 10);
  ctx.font = '12px sans-serif';
  ctx.fillText(metres >= 1000 ? `${metres / 1000} km` : `${metres} m`, 24 + barPx, by + 4);

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The map image could not be encoded.'))), 'image/png'));
}
