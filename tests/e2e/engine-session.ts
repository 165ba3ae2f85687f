/**
 * A browser session whose analysis engine is ready, with the same data prepared in node: tests
 * compare what the page shows with the engine's own figure for the same shape.
 */
import type { Page } from 'playwright-core';
import { loadAppDataFromDir } from '../../scripts/lib/load-data';
import { analyse } from '../../src/analysis/analyse';
import { prepare, type Prepared } from '../../src/analysis/prepare';
import type { AppData, AreaGeometry } from '../../src/data/schema';
import { waitForEngine } from './draw-helpers';
import { openApp, type AppSession, type OpenOptions } from './harness';

export interface EngineSession {
  app: AppSession;
  page: Page;
  data: AppData;
  prep: Prepared;
}

/** A browser session and the app's data read in node, side by side. */
export async function openWithData(options: OpenOptions): Promise<Omit<EngineSession, 'prep'>> {
  const [app, data] = await Promise.all([openApp(options), loadAppDataFromDir()]);
  return { app, page: app.page, data };
}

export async function openWithEngine(options: OpenOptions): Promise<EngineSession> {
  const session = await openWithData(options);
  await waitForEngine(session.page);
  return { ...session, prep: prepare(session.data) };
}

/** The engine's population estimate for a parish with this shape, computed in node. */
export function engineEstimate(prep: Prepared, geometry: AreaGeometry): number {
  return analyse(prep, { id: 'node', name: 'node', kind: 'parish', geometry }).population.estimate;
}

/** A figure as the page prints it ("25,721 residents") read back as a number. */
export const digits = (text: string | null): number => Number((text ?? '').replace(/[^\d]/g, ''));
