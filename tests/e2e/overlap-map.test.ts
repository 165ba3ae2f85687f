/**
 * The overlap map (issue 10.2) in the built app: a proposal overlapping real BIDs gets each overlap
 * drawn as its own hatched map feature whose area is the engine's overlap area (computed here in node
 * from the same public/data), labelled "‹area› ha · ‹residents› residents", in the editor and in
 * presentation mode, with a toggle in the layer panel and the 0 key. Screenshots at 1920×1080 and
 * 1366×768 in both modes.
 */
import { area as turfArea } from '@turf/turf';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEngine, type Engine } from '../../src/analysis/engine';
import { jumpTo, renderedFeatures, screenshot, waitForMapIdle, type AppSession } from './harness';
import { openWithData } from './engine-session';
import { MEETING_PROPOSALS, pause, seedProposals } from './meeting-helpers';
import { proposalButtonName } from './draw-helpers';

const BANKSIDE = MEETING_PROPOSALS[0];
const BANKSIDE_CENTRE: [number, number] = [-0.095, 51.505];

/** The pieces the map's overlap source holds now (its GeoJSON data, as MapLibre was given it). */
async function sourcePieces(page: Page): Promise<FeatureCollection<MultiPolygon, { key: string; owner: string; name: string; kind: string; areaHa: number; residents: number; figures: string }>> {
  return page.evaluate(async () => {
    const source = window.__ldm?.map?.getSource('overlaps') as { getData?: () => Promise<unknown> } | undefined;
    if (!source?.getData) throw new Error('no overlaps source on the map');
    return (await source.getData()) as never;
  });
}

async function waitForPieces(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => Object.values(window.__ldm?.store.getState().overlapShapes ?? {}).some((r) => r.pieces.some((p) => p.name === wanted)),
    name,
    { timeout: 60_000 },
  );
}

describe('overlap map', () => {
  let app: AppSession;
  let page: Page;
  let engine: Engine;
  beforeAll(async () => {
    const opened = await openWithData({ viewport: { width: 1920, height: 1080 } });
    ({ app, page } = opened);
    engine = createEngine(opened.data);
    await seedProposals(page);
  });
  afterAll(async () => app?.close());

  it('draws each BID overlap as its own feature with the engine area and a visible label (editor)', async () => {
    await page.getByRole('button', { name: proposalButtonName(BANKSIDE.name) }).click();
    await pause(page);
    await waitForPieces(page, 'Better Bankside');
    await jumpTo(page, BANKSIDE_CENTRE, 14.6);
    // The engine's figures, in node, for the same proposal and data.
    const expected = engine.analyse({ id: 'x', name: BANKSIDE.name, kind: 'parish', geometry: BANKSIDE.geometry });
    const shapes = engine.overlapShapes({ id: 'x', name: BANKSIDE.name, kind: 'parish', geometry: BANKSIDE.geometry });
    expect(expected.bids?.length).toBeGreaterThanOrEqual(2);
    const source = await sourcePieces(page);
    for (const bid of expected.bids ?? []) {
      const drawn = source.features.find((f) => f.properties.kind === 'bid' && f.properties.name === bid.name);
      if (!drawn) throw new Error(`${bid.name} overlap is not on the map`);
      expect(drawn.properties.areaHa).toBeCloseTo(bid.overlapHa, 2);
      // The polygon itself has that area (turf's spherical area, independent of the engine).
      expect(Math.abs(turfArea(drawn.geometry) / 1e4 - bid.overlapHa) / bid.overlapHa).toBeLessThan(1e-3);
      const piece = shapes.pieces.find((p) => p.name === bid.name);
      expect(drawn.properties.residents).toBe(piece?.residents);
    }
    const rendered = await renderedFeatures(page, ['overlaps-fill']);
    expect(rendered.some((f) => f.name === 'Better Bankside')).toBe(true);
    const labels = await renderedFeatures(page, ['overlaps-label']);
    const bankside = labels.find((f) => f.name === 'Better Bankside');
    expect(bankside?.figures).toMatch(/^[\d,.]+ ha · [\d,]+ residents?$/);
    // The results panel lists the same residents beside the BID's overlap area.
    const betterBankside = source.features.find((f) => f.properties.name === 'Better Bankside');
    const row = page.locator('.overlap-list li', { hasText: 'Better Bankside' }).first();
    await expect.poll(() => row.getByTestId('overlap-residents').textContent(), { timeout: 10_000 }).toBe(
      `, ${betterBankside?.properties.residents.toLocaleString('en-GB')} residents`,
    );
    await screenshot(page, 'overlap-editor-1920x1080');
  });

  it('the layer panel switch hides and shows the overlap map', async () => {
    const toggle = page.getByRole('checkbox', { name: /^Overlaps \(hatched\)/ });
    await toggle.click();
    await pause(page);
    await waitForMapIdle(page);
    expect(await renderedFeatures(page, ['overlaps-fill'])).toEqual([]);
    await toggle.click();
    await pause(page);
    await waitForMapIdle(page);
    expect((await renderedFeatures(page, ['overlaps-fill'])).length).toBeGreaterThan(0);
  });

  it('shows the overlaps in presentation mode, restyled, with the 0 key as their switch', async () => {
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByTestId('presentation').waitFor();
    await page.waitForFunction(() => !window.__ldm?.map?.isMoving());
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.__ldm?.map?.getLayoutProperty('overlaps-label', 'text-size'))).toBe(22);
    const labels = await renderedFeatures(page, ['overlaps-label']);
    expect(labels.some((f) => f.name === 'Better Bankside')).toBe(true);
    await screenshot(page, 'overlap-present-1920x1080');
    await page.keyboard.press('0');
    await pause(page);
    await waitForMapIdle(page);
    expect(await renderedFeatures(page, ['overlaps-label'])).toEqual([]);
    await page.keyboard.press('0');
    await pause(page);
    await waitForMapIdle(page);
    expect((await renderedFeatures(page, ['overlaps-label'])).length).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1366, height: 768 });
    await pause(page, 1200);
    await page.waitForFunction(() => !window.__ldm?.map?.isMoving());
    await waitForMapIdle(page);
    expect((await renderedFeatures(page, ['overlaps-label'])).some((f) => f.name === 'Better Bankside')).toBe(true);
    await screenshot(page, 'overlap-present-1366x768');
    await page.keyboard.press('Escape');
    await pause(page, 800);
    await jumpTo(page, BANKSIDE_CENTRE, 14.2);
    expect((await renderedFeatures(page, ['overlaps-label'])).length).toBeGreaterThan(0);
    await screenshot(page, 'overlap-editor-1366x768');
    expect(app.errors).toEqual([]);
  });
});
