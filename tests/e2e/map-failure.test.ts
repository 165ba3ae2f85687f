/**
 * The map's code is a chunk of its own, loaded after the app shell (src/main.tsx). When it cannot be
 * loaded (a flaky connection dropped it, a stale cache), the user is told so in plain words, and what
 * does not need the map still works: here, a share link's proposal is listed with its population.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { visit } from '../../scripts/lib/first-view';
import { panelPopulation, proposalButtonName } from './draw-helpers';
import { screenshot } from './harness';
import { SHARED, shareHash } from './mobile-helpers';

const MAP_CHUNK = /\/assets\/create-map-[^/]+\.js$/;

describe('the map’s code fails to load', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const failed: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    const session = await visit(browser, inject('baseUrl') + (await shareHash(SHARED)), {
      context: { viewport: { width: 1366, height: 768 } },
      serviceWorkers: 'block',
      failRequests: MAP_CHUNK,
      beforeNavigation: (p) => {
        p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        p.on('requestfailed', (r) => failed.push(r.url()));
      },
    });
    page = session.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('says the map could not be started and why, and keeps the proposals usable', async () => {
    const alert = page.getByRole('alert').filter({ hasText: 'The map could not be started' });
    await alert.waitFor({ timeout: 60_000 });
    expect(failed.some((url) => MAP_CHUNK.test(url))).toBe(true);
    expect(await alert.textContent()).toMatch(/Reload the page to try again/);
    // The share link's proposal was still opened and is listed, with its population worked out
    // by the analysis worker, which does not need the map.
    await page.getByRole('button', { name: proposalButtonName(SHARED.name) }).waitFor();
    expect(await panelPopulation(page)).toBeGreaterThan(1000);
    expect(await page.getByTestId('map').locator('canvas').count()).toBe(0);
    expect(errors.some((e) => e.startsWith('The map could not be started'))).toBe(true);
    await screenshot(page, 'map-failure-1366');
  });
});
