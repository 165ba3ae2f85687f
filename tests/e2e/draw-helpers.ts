/** Helpers for drawing tests: real mouse events at projected lon/lat, store and panel reads. */
import type { Page } from 'playwright-core';
import type { AreaGeometry } from '../../src/data/schema';
import { project } from './harness';

export type LngLat = readonly [number, number];

export async function clickAt(page: Page, lngLat: LngLat): Promise<void> {
  const { x, y } = await project(page, lngLat);
  await page.mouse.click(x, y);
}

export interface ProposalView {
  id: string;
  name: string;
  geometry: AreaGeometry | null;
  builtFrom?: { layer: string; codes: string[] };
}

export async function proposals(page: Page): Promise<ProposalView[]> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__ldm?.store.getState().proposals ?? [])) as ProposalView[]);
}

export async function mode(page: Page): Promise<{ kind: string }> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__ldm?.store.getState().mode)) as { kind: string });
}

/** Waits until the analysis engine (worker) has loaded London's data. */
export async function waitForEngine(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__ldm?.store.getState().engineStatus === 'ready', undefined, { timeout: 90_000 });
}

/** Waits until the selected proposal's latest shape has its analysis in the store, and React has drawn it. */
export async function waitForResult(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const s = window.__ldm?.store.getState();
      const entry = s?.selectedId ? s.results[s.selectedId] : undefined;
      return entry?.status === 'ready' && entry.resultSeq === entry.requestSeq;
    },
    undefined,
    { timeout },
  );
  // The panel re-renders from the store in the same tick; give React one frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
}

/** Waits until the selected proposal's latest shape has its result, then reads the headline figure from the panel. */
export async function panelPopulation(page: Page): Promise<number> {
  await waitForResult(page);
  const text = await page.getByTestId('population-estimate').textContent();
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

/**
 * The accessible name of a proposal's select button in the list: its visible text, which starts with
 * the proposal's name and then its kind (WCAG 2.5.3: the name contains the visible label).
 */
export function proposalButtonName(name: string): RegExp {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (Parish|CID)\\b`);
}
