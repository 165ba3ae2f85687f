/**
 * Browser-test helpers for import and export: pick a file through the real file chooser, drop one on
 * the map with a real DataTransfer, read figures from the store, and compute the same file's figures
 * with the engine in node (what `npm run analyse` prints).
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { analyse } from '../../src/analysis/analyse';
import { prepare, type Prepared } from '../../src/analysis/prepare';
import type { AnalysisResult } from '../../src/analysis/types';
import { loadAppDataFromDir } from '../../scripts/lib/load-data';
import { readCliInput } from '../../scripts/lib/cli-input';

export const IO_FIXTURES = resolve(import.meta.dirname, '../fixtures/io');

/** The headline figures compared between the app and the CLI. */
export interface Figures {
  name: string;
  areaHa: number;
  population: number;
  low: number;
  high: number;
  households: number;
  electorate: number | null;
  wards: string[];
}

export const figuresOf = (name: string, r: AnalysisResult): Figures => ({
  name,
  areaHa: r.areaHa,
  population: r.population.estimate,
  low: r.population.low,
  high: r.population.high,
  households: r.population.households,
  electorate: r.electorate.estimate,
  wards: r.wards.map((w) => w.name),
});

let prepared: Promise<Prepared> | null = null;

/** Figures `npm run analyse` computes for the file (same reader, same engine), in file order. */
export async function cliFigures(path: string): Promise<Figures[]> {
  prepared ??= loadAppDataFromDir().then(prepare);
  const prep = await prepared;
  const input = await readCliInput(new Uint8Array(readFileSync(path)), basename(path));
  return input.proposals.map((p) => figuresOf(p.name, analyse(prep, p)));
}

/** Clicks the button that opens a file chooser and gives it the file, as a user picking it would. */
export async function chooseFile(page: Page, buttonName: string | RegExp, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: buttonName }).click()]);
  await chooser.setFiles(path);
}

/** Drops a file on the map area with a real DataTransfer (dragenter → dragover → drop). */
export async function dropFile(page: Page, path: string, mime = 'application/octet-stream'): Promise<void> {
  const data = readFileSync(path).toString('base64');
  await page.evaluate(
    ({ data: b64, name, type }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      const target = document.querySelector('[data-testid="map"]');
      if (!target) throw new Error('no map element');
      const rect = target.getBoundingClientRect();
      const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer, ...at }));
      }
    },
    { data, name: basename(path), type: mime },
  );
}

/** Waits until every proposal has a ready result and returns their figures in list order. */
export async function appFigures(page: Page, count: number): Promise<Figures[]> {
  await page.waitForFunction(
    (n) => {
      const s = window.__ldm?.store.getState();
      return !!s && s.proposals.length === n && s.proposals.every((p) => s.results[p.id]?.status === 'ready');
    },
    count,
    { timeout: 60_000 },
  );
  const raw = await page.evaluate(() => {
    const s = window.__ldm?.store.getState();
    return (s?.proposals ?? []).map((p) => ({ name: p.name, result: s?.results[p.id]?.result ?? null }));
  });
  return raw.map(({ name, result }) => {
    if (!result) throw new Error(`no result for ${name}`);
    return figuresOf(name, result as AnalysisResult);
  });
}

/** Clears every proposal (delete each through the store) so one test's imports do not meet the next's. */
export async function clearProposals(page: Page): Promise<void> {
  await page.evaluate(() => {
    const s = window.__ldm?.store.getState();
    for (const p of s?.proposals ?? []) window.__ldm?.store.getState().deleteProposal(p.id);
  });
}
