/** Helpers for the meeting-room browser tests (presentation, compare, overlaps, accessibility). */
import type { Page } from 'playwright-core';
import type { Polygon } from 'geojson';

/** Axis-aligned box, EPSG:4326, [west, south, east, north]. */
export function box(w: number, s: number, e: number, n: number): Polygon {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

/** Three real-data proposals: Bankside overlaps the Better Bankside BID; Fitzrovia and Bloomsbury overlap each other. */
export const MEETING_PROPOSALS = [
  { name: 'Bankside', geometry: box(-0.105, 51.5, -0.085, 51.51) },
  { name: 'Fitzrovia', geometry: box(-0.145, 51.515, -0.13, 51.525) },
  { name: 'Bloomsbury', geometry: box(-0.137, 51.515, -0.122, 51.525) },
] as const;

/** Adds the proposals through the store (as the drawing tools do) and waits for every analysis. */
export async function seedProposals(page: Page): Promise<string[]> {
  const ids = await page.evaluate((list) => {
    const s = window.__ldm?.store.getState();
    if (!s) throw new Error('no store');
    return list.map((p) => s.addProposal(p.geometry, { name: p.name }));
  }, MEETING_PROPOSALS as unknown as { name: string; geometry: Polygon }[]);
  await page.waitForFunction(
    (wanted) => {
      const s = window.__ldm?.store.getState();
      return wanted.every((id) => {
        const e = s?.results[id];
        return e?.status === 'ready' && e.resultSeq === e.requestSeq;
      });
    },
    ids,
    { timeout: 90_000 },
  );
  return ids;
}

export const pause = (page: Page, ms = 350) => page.waitForTimeout(ms);

export async function selectedName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const s = window.__ldm?.store.getState();
    return s?.proposals.find((p) => p.id === s.selectedId)?.name ?? null;
  });
}
