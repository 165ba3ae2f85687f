/**
 * The overlap map as a proposal is reshaped, with real mouse drags on a vertex (issue 10 leftovers):
 * - no stale pieces: from the first frame of a drag, the map's overlap source holds no piece that
 *   reaches outside the proposal's current shape (the old cut), and after the pause the new cut
 *   lands with the engine's figures for the new shape;
 * - a boundary that crosses itself (imported from a file: the editor refuses to make one): the map
 *   draws no overlap, and the results panel and the presentation legend say in plain words which
 *   overlaps are not drawn and where their figures are.
 * Expected figures come from the engine run in node on the same public/data and the store's shape.
 */
import { area as turfArea, difference, featureCollection, feature } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/analysis/engine';
import { MIN_PIECE_M2 } from '../../src/analysis/overlap-shapes';
import { join } from 'node:path';
import { proposalButtonName, type LngLat } from './draw-helpers';
import { IO_FIXTURES, chooseFile } from './io-helpers';
import { jumpTo, project, screenshot, waitForMapIdle, type AppSession } from './harness';
import { openWithData } from './engine-session';
import { MEETING_PROPOSALS, pause, seedProposals } from './meeting-helpers';

const BANKSIDE = MEETING_PROPOSALS[0];
/** The Bankside box's north-east corner (EPSG:4326), the vertex the tests drag. */
const NORTH_EAST: LngLat = [-0.085, 51.51];

type Piece = FeatureCollection<MultiPolygon, { key: string; owner: string; name: string; areaHa: number }>['features'][number];

/** In one page turn: the proposal's shape in the store, and its pieces in the map's overlap source. */
async function shapeAndPieces(page: Page, id: string): Promise<{ geometry: Polygon; pieces: Piece[] }> {
  return page.evaluate(async (owner) => {
    const geometry = window.__ldm?.store.getState().proposals.find((p) => p.id === owner)?.geometry;
    const source = window.__ldm?.map?.getSource('overlaps') as { getData?: () => Promise<unknown> } | undefined;
    if (!geometry || !source?.getData) throw new Error('no proposal shape or no overlaps source');
    const data = (await source.getData()) as FeatureCollection<MultiPolygon, { owner: string }>;
    return { geometry: geometry as Polygon, pieces: data.features.filter((f) => f.properties.owner === owner) as never };
  }, id);
}

/** m² of the piece outside the shape (turf, geodesic): 0 up to clipping noise for a piece cut from this shape. */
function outsideM2(piece: Piece, shape: Polygon): number {
  const rest = difference(featureCollection<Polygon | MultiPolygon>([feature(piece.geometry), feature(shape)]));
  return rest ? turfArea(rest) : 0;
}

/** Drags from one page point to another in small steps at a human pace, calling `during` at some steps (mouse still down). */
async function dragVertex(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps: number, during?: (step: number) => Promise<void>): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await pause(page, 300);
  await page.mouse.down();
  for (let step = 1; step <= steps; step++) {
    await page.mouse.move(from.x + ((to.x - from.x) * step) / steps, from.y + ((to.y - from.y) * step) / steps);
    await page.waitForTimeout(50);
    if (during) await during(step);
  }
  await page.mouse.up();
}

describe('overlap map while reshaping', () => {
  let app: AppSession;
  let page: Page;
  let engine: Engine;
  let id: string;

  beforeAll(async () => {
    const opened = await openWithData({ viewport: { width: 1400, height: 900 } });
    ({ app, page } = opened);
    engine = createEngine(opened.data);
    const ids = await seedProposals(page);
    id = ids[0] ?? '';
    await page.getByRole('button', { name: 'Hide layers' }).click();
    await page.getByRole('button', { name: proposalButtonName(BANKSIDE.name) }).click();
    await pause(page);
    await page.waitForFunction((owner) => (window.__ldm?.store.getState().overlapShapes[owner]?.pieces.length ?? 0) > 0, id, { timeout: 60_000 });
    await jumpTo(page, [-0.095, 51.505], 14.5);
    // Corners go exactly where they are dropped (snapping would pull them onto ward edges).
    await page.getByLabel('Snap to boundaries').uncheck();
    await page.getByRole('button', { name: 'Edit shape' }).click();
    await pause(page);
  });
  afterAll(async () => app?.close());

  it('a vertex drag hides the old pieces at once; the new cut lands with the engine figures', async () => {
    const before = await shapeAndPieces(page, id);
    const teamLondonBridge = before.pieces.find((p) => p.properties.name === 'Team London Bridge');
    expect(teamLondonBridge, 'the Bankside box overlaps Team London Bridge before the drag').toBeDefined();
    const corner = await project(page, NORTH_EAST);
    // Pull the corner ~150 px in: the shape shrinks, so every old piece near that corner now reaches outside it.
    const reads: { outside: number; pieces: number }[] = [];
    await dragVertex(page, corner, { x: corner.x - 110, y: corner.y + 100 }, 20, async (step) => {
      if (step % 4 !== 0) return;
      const now = await shapeAndPieces(page, id);
      reads.push({ outside: Math.max(0, ...now.pieces.map((p) => outsideM2(p, now.geometry))), pieces: now.pieces.length });
    });
    const justAfter = await shapeAndPieces(page, id);
    reads.push({ outside: Math.max(0, ...justAfter.pieces.map((p) => outsideM2(p, justAfter.geometry))), pieces: justAfter.pieces.length });
    console.log(`[e2e] during/after the drag: ${reads.map((r) => `${r.pieces} pieces, ${Math.round(r.outside)} m² outside`).join('; ')}`);
    expect(JSON.stringify(justAfter.geometry)).not.toBe(JSON.stringify(before.geometry));
    // The old Team London Bridge piece, had it stayed, would reach thousands of m² outside the new shape.
    expect(outsideM2(teamLondonBridge!, justAfter.geometry)).toBeGreaterThan(10_000);
    // No read, mid-drag or just after, showed a piece of an old shape (1 m²: clipping noise).
    for (const r of reads) expect(r.outside).toBeLessThan(1);

    // After the pause the pieces come back, cut from the new shape, with the engine's areas.
    await page.waitForFunction((owner) => (window.__ldm?.store.getState().overlapShapes[owner]?.pieces.length ?? 0) > 0, id, { timeout: 60_000 });
    const after = await shapeAndPieces(page, id);
    const expected = engine.analyse({ id: 'node', name: BANKSIDE.name, kind: 'parish', geometry: after.geometry });
    for (const bid of (expected.bids ?? []).filter((b) => b.overlapHa >= MIN_PIECE_M2 / 1e4)) {
      const drawn = after.pieces.find((p) => p.properties.name === bid.name);
      expect(drawn?.properties.areaHa, bid.name).toBeCloseTo(bid.overlapHa, 2);
      expect(outsideM2(drawn!, after.geometry)).toBeLessThan(1);
    }
    await waitForMapIdle(page);
    await screenshot(page, 'overlap-after-drag');
  });

  it('a GIS file with a self-crossing boundary: no pieces, and the panel and presentation legend say which overlaps are not drawn', async () => {
    // The editor cannot make a crossing (terra-draw refuses a vertex dragged across an edge), but an
    // imported file can carry one: the user picks it through the real file chooser.
    await page.keyboard.press('Escape');
    await pause(page);
    await chooseFile(page, 'Import proposals…', join(IO_FIXTURES, 'bow-tie-bankside.geojson'));
    await page.getByRole('button', { name: /^Add 1 proposal/ }).click();
    await page.waitForFunction(() => window.__ldm?.store.getState().proposals.some((p) => p.name === 'Bow tie over Bankside'), undefined, { timeout: 30_000 });
    id = await page.evaluate(() => window.__ldm?.store.getState().proposals.find((p) => p.name === 'Bow tie over Bankside')?.id ?? '');
    await page.getByRole('button', { name: proposalButtonName('Bow tie over Bankside') }).click();
    await pause(page);
    await page.waitForFunction((owner) => window.__ldm?.store.getState().overlapShapes[owner]?.blocked === 'self-crossing', id, { timeout: 60_000 });
    const crossed = await shapeAndPieces(page, id);
    expect(crossed.pieces).toEqual([]);
    const expected = engine.analyse({ id: 'node', name: BANKSIDE.name, kind: 'parish', geometry: crossed.geometry });
    expect(expected.problems.some((p) => p.code === 'self-intersection')).toBe(true);
    const bidNames = (expected.bids ?? []).filter((b) => b.overlapHa >= MIN_PIECE_M2 / 1e4).map((b) => b.name);
    expect(bidNames.length).toBeGreaterThan(0);
    const note = page.getByTestId('overlap-note').first();
    await note.waitFor();
    const text = (await note.textContent()) ?? '';
    expect(text).toMatch(/^The boundary crosses itself, so its overlaps? cannot be drawn on the map: /);
    // The note names what is left out, largest first (the four largest by name, the rest counted).
    const leftOut = await page.evaluate((owner) => window.__ldm?.store.getState().overlapShapes[owner]?.leftOut.filter((l) => l.why === 'self-crossing').map((l) => ({ name: l.name, kind: l.kind })) ?? [], id);
    expect(leftOut.filter((l) => l.kind === 'bid').map((l) => l.name).sort()).toEqual([...bidNames].sort());
    for (const l of leftOut.slice(0, 4)) expect(text).toContain(l.name);
    expect(text).toContain(leftOut.length === 1 ? '1 overlap with' : `${leftOut.length} overlaps (with`);
    expect(text).toMatch(/figures are listed below\. Fix the crossing to see (it|them)\.$/);
    // The figures it points to are there: each BID the engine measures is listed in the Overlaps section.
    for (const name of bidNames) await expect.poll(() => page.locator('.overlap-list li', { hasText: name }).count()).toBeGreaterThan(0);
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, 'overlap-note-self-crossing');

    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByTestId('presentation').waitFor();
    const legendNote = page.getByTestId('present-overlap-note').first();
    await legendNote.waitFor();
    expect(await legendNote.textContent()).toMatch(/^The boundary crosses itself.*figures are in the results panel\./);
    await page.waitForFunction(() => !window.__ldm?.map?.isMoving());
    await waitForMapIdle(page);
    await screenshot(page, 'overlap-note-present-1400x900');
    await page.keyboard.press('Escape');
    expect(app.errors).toEqual([]);
  }, 240_000);
});
