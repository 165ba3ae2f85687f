/**
 * Presentation mode (issue 10) at 1920×1080 as an officer drives it: the Present button, large
 * figures, no drawing tools, ← / → through proposals (the map flies to each), number keys for
 * layers, Escape back to the editor; screenshots at three projector sizes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, waitForMapIdle, type AppSession } from './harness';
import { pause, seedProposals, selectedName } from './meeting-helpers';
import { proposalButtonName } from './draw-helpers';

async function selectedInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const ldm = window.__ldm;
    const s = ldm?.store.getState();
    const p = s?.proposals.find((q) => q.id === s.selectedId);
    if (!ldm?.map || !p?.geometry || p.geometry.type !== 'Polygon') return false;
    const view = ldm.map.getBounds();
    return p.geometry.coordinates[0]?.every(([x = 0, y = 0]) => view.contains([x, y])) ?? false;
  });
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__ldm?.map?.isMoving());
  await waitForMapIdle(page);
}

describe('presentation mode', () => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await openApp({ viewport: { width: 1920, height: 1080 } });
    page = app.page;
    await seedProposals(page);
  });
  afterAll(async () => app?.close());

  it('the Present button hides the drawing tools and sidebar and shows figures of at least 32 px', async () => {
    await page.getByRole('button', { name: proposalButtonName('Fitzrovia') }).click();
    await pause(page);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByTestId('presentation').waitFor();
    expect(await page.getByRole('toolbar', { name: 'Drawing tools' }).count()).toBe(0);
    expect(await page.getByRole('complementary', { name: 'Proposals and results' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Map layers' }).count()).toBe(0);
    const population = page.getByTestId('present-population');
    await population.waitFor();
    const size = await population.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    const electorateSize = await page.getByTestId('present-electorate').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(electorateSize).toBeGreaterThanOrEqual(32);
    // The caption shows the engine's figure for the proposal on screen.
    const engine = await page.evaluate(() => {
      const s = window.__ldm?.store.getState();
      return s?.selectedId ? s.results[s.selectedId]?.result?.population.estimate : null;
    });
    expect(Number((await population.textContent())?.replace(/\D/g, ''))).toBe(engine);
    expect(await page.getByTestId('present-caption').getByRole('heading').textContent()).toContain('Fitzrovia');
    // High-contrast map: borough edges are drawn black.
    expect(await page.evaluate(() => window.__ldm?.map?.getPaintProperty('boroughs-line', 'line-color'))).toBe('#000000');
    await settle(page);
    expect(await selectedInView(page)).toBe(true);
    await screenshot(page, 'present-1920x1080');
  });

  it('→ and ← step through the proposals and the map flies to each', async () => {
    await page.keyboard.press('ArrowRight');
    await pause(page);
    expect(await selectedName(page)).toBe('Bloomsbury');
    await settle(page);
    expect(await selectedInView(page)).toBe(true);
    await page.getByTestId('present-caption').getByRole('heading', { name: 'Bloomsbury' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await pause(page);
    expect(await selectedName(page)).toBe('Bankside');
    await settle(page);
    expect(await selectedInView(page)).toBe(true);
    expect(await page.getByTestId('present-bids').textContent()).toContain('Better Bankside');
    await screenshot(page, 'present-bankside-1920x1080');
    await page.keyboard.press('ArrowLeft');
    await pause(page);
    expect(await selectedName(page)).toBe('Bloomsbury');
  });

  it('number keys toggle layers, shown in the legend', async () => {
    const boroughs = () => page.evaluate(() => window.__ldm?.store.getState().layerVisibility.boroughs);
    const checkbox = page.getByRole('checkbox', { name: /^1 London boroughs/ });
    expect(await checkbox.isChecked()).toBe(true);
    await page.keyboard.press('1');
    await pause(page);
    expect(await boroughs()).toBe(false);
    expect(await checkbox.isChecked()).toBe(false);
    expect(await page.evaluate(() => window.__ldm?.map?.getLayoutProperty('boroughs-line', 'visibility'))).toBe('none');
    await page.keyboard.press('1');
    await pause(page);
    expect(await boroughs()).toBe(true);
  });

  it('fits 1366×768 and 1280×720', async () => {
    for (const [width, height] of [
      [1366, 768],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await pause(page, 500);
      await settle(page);
      // Caption and legend both on screen, not overlapping each other.
      const caption = await page.getByTestId('present-caption').boundingBox();
      const legend = await page.getByRole('complementary', { name: 'Legend' }).boundingBox();
      expect(caption && legend).toBeTruthy();
      if (!caption || !legend) return;
      expect(caption.x + caption.width).toBeLessThan(legend.x);
      expect(caption.y + caption.height).toBeLessThanOrEqual(height);
      await screenshot(page, `present-${width}x${height}`);
    }
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  it('Escape leaves presentation mode and restores the editor and its map style', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('toolbar', { name: 'Drawing tools' }).waitFor();
    expect(await page.getByTestId('presentation').count()).toBe(0);
    expect(await page.evaluate(() => window.__ldm?.map?.getPaintProperty('boroughs-line', 'line-color'))).not.toBe('#000000');
    // P enters it again from the keyboard.
    await page.getByRole('button', { name: proposalButtonName('Bankside') }).focus();
    await page.keyboard.press('p');
    await page.getByTestId('presentation').waitFor();
    // Escape then P at once: the first exit from full screen lands after the second presentation
    // began (seen in CI under load) and must not end it.
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    await page.getByTestId('presentation').waitFor();
    await pause(page, 1500);
    expect(await page.getByTestId('presentation').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.getByRole('toolbar', { name: 'Drawing tools' }).waitFor();
  });
});
