/**
 * Measuring the start-up path in a real browser (shared by tests/e2e/first-view.test.ts and
 * scripts/bench-browser.ts). The app marks its milestones with performance.mark (src/perf/marks.ts);
 * these helpers open it (desktop, or a phone with the CPU throttled over CDP before navigation),
 * wait for the milestones and read them back, in ms since navigation start.
 *
 * "First view" of a shared link: the map painted with the borough outlines, the shared proposal
 * drawn and fitted, and its name in the results peek. Results (population) may follow it; they are
 * measured separately ("results shown").
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { MARK_PREFIX, MILESTONES, type Milestone } from '../../src/perf/marks';

export type Marks = Partial<Record<Milestone, number>>;

/** The milestones that make up the first view; it is complete at the latest of them. */
export const FIRST_VIEW: readonly Milestone[] = ['boroughs-painted', 'proposal-drawn', 'proposal-fitted', 'peek-named'];

/** A common phone: 390×844 CSS px, touch, device pixel ratio 2 (issue 11). */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** CPU slow-down for the phone (issue 11: "CPU throttled ×4"). */
export const PHONE_CPU_THROTTLE = 4;

/** Budgets from DESIGN.md / issue 11, ms. */
export const BUDGET_MS = { desktopColdStart: 3000, phoneFirstView: 3000 } as const;

export async function readMarks(page: Page): Promise<Marks> {
  const entries = await page.evaluate((prefix) => performance.getEntriesByType('mark').filter((m) => m.name.startsWith(prefix)).map((m) => [m.name.slice(prefix.length), m.startTime] as const), MARK_PREFIX);
  const known = new Set(Object.keys(MILESTONES));
  return Object.fromEntries(entries.filter(([name]) => known.has(name))) as Marks;
}

export function firstViewMs(marks: Marks): number {
  return Math.max(...FIRST_VIEW.map((m) => marks[m] ?? Number.NaN));
}

/** Resolves when every named milestone has been marked in the page. */
export async function waitForMarks(page: Page, milestones: readonly Milestone[], timeout: number): Promise<Marks> {
  try {
    await page.waitForFunction(
      ({ names }) => names.every((n) => performance.getEntriesByName(n, 'mark').length > 0),
      { names: milestones.map((m) => MARK_PREFIX + m) },
      { timeout, polling: 100 },
    );
  } catch (error) {
    // Say which milestones never came, and when the others did: that is where to look.
    const reached = await readMarks(page).catch(() => ({}) as Marks);
    const missing = milestones.filter((m) => reached[m] === undefined);
    const at = Object.entries(reached).map(([m, t]) => `${m} ${Math.round(t)} ms`).join(', ');
    throw new Error(`Milestones not reached within ${timeout} ms: ${missing.join(', ')} (reached: ${at || 'none'})`, { cause: error });
  }
  return readMarks(page);
}

export interface Visit {
  page: Page;
  close: () => Promise<void>;
  /** Requests that left the local server (all blocked: the app must need no network). */
  blocked: string[];
}

/**
 * A fresh context (no cache, no saved proposals, no service worker yet) on `url`, with every
 * non-local request blocked; `cpuThrottle` is applied over CDP before navigation. Local requests
 * matching `failRequests` fail as a dropped connection would (e.g. a chunk of the app's code);
 * `beforeNavigation` may attach listeners that must not miss the page's first events.
 */
export async function visit(
  browser: Browser,
  url: string,
  options: { context: BrowserContextOptions; cpuThrottle?: number; serviceWorkers?: 'allow' | 'block'; failRequests?: RegExp; beforeNavigation?: (page: Page) => void },
): Promise<Visit> {
  const context = await browser.newContext({ ...options.context, serviceWorkers: options.serviceWorkers ?? 'allow' });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (options.failRequests?.test(target)) return route.abort('connectionreset');
    if (target.startsWith(origin) || target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
    blocked.push(target);
    return route.abort('internetdisconnected');
  });
  if (options.cpuThrottle && options.cpuThrottle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
  }
  options.beforeNavigation?.(page);
  await page.goto(url);
  return { page, blocked, close: () => context.close() };
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
