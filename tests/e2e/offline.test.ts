/**
 * Works offline (issue 10): after one online visit the service worker has precached the app and
 * London's data, so with the network cut (context.setOffline) a reload still shows the map, the
 * saved proposals and a working analysis. A new deploy waits behind a visible "Reload" prompt.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import type { Polygon } from 'geojson';
import { openApp, renderedFeatures, screenshot, waitForMapIdle, type AppSession } from './harness';
import { panelPopulation, proposalButtonName, waitForEngine } from './draw-helpers';

// A box over Fitzrovia (Camden/Westminster), EPSG:4326.
const FITZROVIA: Polygon = {
  type: 'Polygon',
  coordinates: [[[-0.145, 51.515], [-0.13, 51.515], [-0.13, 51.525], [-0.145, 51.525], [-0.145, 51.515]]],
};

async function waitOfflineReady(page: Page): Promise<void> {
  // Shown only after the service worker has cached every precache entry (onOfflineReady).
  await page.getByTestId('offline-ready').waitFor({ timeout: 120_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

describe('offline (PWA)', () => {
  let app: AppSession;
  let page: Page;
  beforeAll(async () => {
    app = await openApp({ serviceWorkers: 'allow' });
    page = app.page;
  });
  afterAll(async () => app?.close());

  it('has an installable web manifest with 192 and 512 px icons', async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json() as Promise<{ icons: { sizes: string }[]; display: string; name: string }>, href ?? '');
    expect(manifest.name).toBe('London District Mapper');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });

  it('reloads with no network and still shows the map, the saved proposal and its analysis', async () => {
    await page.evaluate((geometry) => window.__ldm?.store.getState().addProposal(geometry, { name: 'Offline Fitzrovia' }), FITZROVIA);
    await page.getByTestId('save-status').filter({ hasText: 'All changes saved' }).waitFor();
    await waitForEngine(page);
    const onlinePopulation = await panelPopulation(page);
    expect(onlinePopulation).toBeGreaterThan(1000);
    await waitOfflineReady(page);

    await page.context().setOffline(true);
    // Proof the network really is gone: a URL the service worker has not cached fails.
    const uncached = await page.evaluate(async () => {
      try {
        await fetch(`data/manifest.json?offline-probe=${Date.now()}`);
        return 'fetched';
      } catch {
        return 'failed';
      }
    });
    expect(uncached).toBe('failed');

    await page.reload();
    await page.waitForFunction(() => window.__ldm?.readyAt !== undefined, undefined, { timeout: 60_000 });
    await page.getByRole('button', { name: proposalButtonName('Offline Fitzrovia') }).waitFor();
    await waitForMapIdle(page);
    expect((await renderedFeatures(page, ['boroughs-line'])).length).toBeGreaterThan(0);
    await waitForEngine(page);
    await page.getByRole('button', { name: proposalButtonName('Offline Fitzrovia') }).click();
    expect(await panelPopulation(page)).toBe(onlinePopulation);
    await screenshot(page, 'offline-reload');
    await page.context().setOffline(false);
  });

  it('installs a new deploy only when the user presses Reload in the "New version" prompt', async () => {
    // A new deploy, as the server sees it: the built service worker lists a new revision of
    // index.html. Same byte length, because the preview server (sirv) caches file sizes at start.
    const swPath = join(inject('outDir'), 'sw.js');
    const original = readFileSync(swPath, 'utf8');
    const deployed = original.replace(/(url:"index\.html",revision:")([0-9a-f])/, (_m, head: string, c: string) => `${head}${c === '0' ? '1' : '0'}`);
    expect(deployed).not.toBe(original);
    writeFileSync(swPath, deployed);
    onTestFinished(() => writeFileSync(swPath, original));
    const prompt = page.getByTestId('update-prompt');
    expect(await prompt.count()).toBe(0);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await prompt.waitFor({ timeout: 60_000 });
    expect(await prompt.textContent()).toContain('New version available');
    await screenshot(page, 'offline-update-prompt');
    // Until the user chooses, the old version keeps control of the page.
    const before = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
    expect(before).not.toBeNull();
    await page.waitForTimeout(400);
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), prompt.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForFunction(() => window.__ldm?.readyAt !== undefined, undefined, { timeout: 60_000 });
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(waiting).toBeNull();
    await page.getByRole('button', { name: proposalButtonName('Offline Fitzrovia') }).waitFor();
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
  });
});
