/**
 * Browser-test helpers shared by every e2e file: open the built app in headless Debian chromium
 * with every non-local request blocked (proves the app works offline), collect console errors,
 * and talk to the map through window.__ldm (exposed only in VITE_E2E builds).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type {} from '../../src/e2e-window';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, 'screenshots');

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';

/**
 * Console warnings a browser test may see, each with the reason it is not a fault of the app. Every
 * other console.warn (MapLibre's style and expression warnings included: "Expected value to be of
 * type number, but found null", unknown properties, missing images or glyphs) counts as an error.
 */
export const TOLERATED_WARNINGS: readonly { pattern: RegExp; why: string; onlyWhenServiceWorkersBlocked?: true }[] = [
  {
    // Chromium's software WebGL (SwiftShader) logs this when MapLibre reads pixels back for
    // queryRenderedFeatures or a screenshot; it is a performance note from the GPU process, not an app fault.
    pattern: /GPU stall due to ReadPixels/,
    why: 'software WebGL performance note when pixels are read back',
  },
  {
    // openApp blocks service workers unless a test opts in (serviceWorkers: 'block'): Chromium says so ...
    pattern: /^Service Worker registration blocked by Playwright$/,
    why: 'the harness blocks service workers on purpose',
    onlyWhenServiceWorkersBlocked: true,
  },
  {
    // ... and the app's src/pwa/register.ts then reports, as it should, that it cannot work offline.
    pattern: /^Service worker registration failed; the app will not work offline\./,
    why: 'the app reporting the blocked service worker (tests that allow it must not see this)',
    onlyWhenServiceWorkersBlocked: true,
  },
];

export interface AppSession {
  browser: Browser;
  page: Page;
  /** console.error messages, console.warn messages not in TOLERATED_WARNINGS ("warning: …"), and uncaught page errors, in order. */
  errors: string[];
  /** Every console.warn message, tolerated or not (for diagnostics). */
  warnings: string[];
  /** Requests to anything but the local preview server (all were blocked). */
  blocked: string[];
  /** ms from navigation start to the map's first `idle` with every layer loaded. */
  coldStartMs: number;
  close: () => Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Query string or hash to append to the app URL. */
  path?: string;
  /**
   * 'block' (default) keeps the offline service worker out of tests that time things (its precache
   * of every data file would run beside them); tests/e2e/offline.test.ts passes 'allow'.
   */
  serviceWorkers?: 'allow' | 'block';
  /**
   * Files served in place of public/data/<name> (e.g. a manifest built in the test from a source
   * folder without BIDs), so a test can show the app other data without rebuilding it.
   */
  dataFiles?: Record<string, string>;
  /** Phone emulation (meta viewport, touch events, device pixel ratio), as Playwright's context options. */
  isMobile?: boolean;
  hasTouch?: boolean;
  deviceScaleFactor?: number;
  /** Script run in the page before the app's own (e.g. a stand-in for a browser API headless lacks). */
  initScript?: string;
}

/** Launches chromium, opens the app and waits until every layer is on the map. */
export async function openApp(options: OpenOptions = {}): Promise<AppSession> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const serviceWorkers = options.serviceWorkers ?? 'block';
  const { isMobile, hasTouch, deviceScaleFactor } = options;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    serviceWorkers,
    ...(isMobile === undefined ? {} : { isMobile }),
    ...(hasTouch === undefined ? {} : { hasTouch }),
    ...(deviceScaleFactor === undefined ? {} : { deviceScaleFactor }),
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const blocked: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') errors.push(text);
    if (message.type() === 'warning') {
      warnings.push(text);
      const tolerated = TOLERATED_WARNINGS.some(({ pattern, onlyWhenServiceWorkersBlocked }) => pattern.test(text) && (!onlyWhenServiceWorkersBlocked || serviceWorkers === 'block'));
      if (!tolerated) errors.push(`warning: ${text}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    const dataName = url.startsWith(origin) ? /\/data\/([^/?#]+)$/.exec(new URL(url).pathname)?.[1] : undefined;
    const replacement = dataName === undefined ? undefined : options.dataFiles?.[dataName];
    if (replacement !== undefined) return route.fulfill({ status: 200, contentType: 'application/json', body: replacement });
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  await page.goto(baseUrl + (options.path ?? ''));
  await page.waitForFunction(() => window.__ldm?.readyAt !== undefined, undefined, { timeout: 60_000 });
  const coldStartMs = await page.evaluate(() => window.__ldm?.readyAt ?? NaN);
  return { browser, page, errors, warnings, blocked, coldStartMs, close: () => browser.close() };
}

/** Resolves after the map has finished moving, loading and rendering. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = window.__ldm?.map;
        if (!map) throw new Error('window.__ldm.map is missing (not a VITE_E2E build?)');
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
  );
}

/** Page (viewport) pixel position of a lon/lat (EPSG:4326), for page.mouse. */
export async function project(page: Page, lngLat: readonly [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lng, lat]) => {
    const map = window.__ldm?.map;
    if (!map) throw new Error('window.__ldm.map is missing');
    const point = map.project([lng, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }, lngLat);
}

/** Moves the camera without animation and waits for the map to settle. */
export async function jumpTo(page: Page, center: readonly [number, number], zoom: number): Promise<void> {
  await page.evaluate(([lng, lat, z]) => window.__ldm?.map?.jumpTo({ center: [lng, lat], zoom: z }), [center[0], center[1], zoom] as const);
  await waitForMapIdle(page);
}

/**
 * Properties of the features rendered in the given MapLibre layers (whole viewport, or at a page point).
 * Throws when a layer id is not on the map, so a renamed or missing layer cannot pass as "nothing rendered".
 */
export async function renderedFeatures(
  page: Page,
  layers: string[],
  at?: { x: number; y: number },
): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ({ layers: ids, at: point }) => {
      const map = window.__ldm?.map;
      if (!map) throw new Error('window.__ldm.map is missing');
      const unknown = ids.filter((id) => !map.getLayer(id));
      if (unknown.length > 0) {
        const known = map.getStyle().layers.map((l) => l.id);
        throw new Error(`renderedFeatures: no map layer ${unknown.join(', ')} (the map has: ${known.join(', ')})`);
      }
      const present = ids;
      const rect = map.getCanvas().getBoundingClientRect();
      const features = point
        ? map.queryRenderedFeatures([point.x - rect.left, point.y - rect.top], { layers: present })
        : map.queryRenderedFeatures({ layers: present });
      return features.map((f) => ({ ...f.properties, __layer: f.layer.id }));
    },
    { layers, at },
  );
}

/**
 * RGB of the rendered page at each point (from a real screenshot, decoded in the page), so tests can
 * prove something was painted rather than that a canvas exists.
 */
export async function pixelsAt(page: Page, points: { x: number; y: number }[]): Promise<[number, number, number][]> {
  const png = (await page.screenshot({ type: 'png' })).toString('base64');
  return page.evaluate(
    async ({ data, pts }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      return pts.map(({ x, y }) => {
        const [r = 0, g = 0, b = 0] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
        return [r, g, b] as [number, number, number];
      });
    },
    { data: png, pts: points },
  );
}

/** Distinct messages with their counts, for a readable failure when a page logs the same error many times. */
export function distinctMessages(messages: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.slice(0, 300), (counts.get(m.slice(0, 300)) ?? 0) + 1);
  return [...counts].map(([m, n]) => `${n} × ${m}`).join('\n');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
