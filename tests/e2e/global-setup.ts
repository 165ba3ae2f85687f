/**
 * Vitest globalSetup for the browser tests: rebuilds public/data if stale (tests/ensure-test-data.ts), builds the app once with VITE_E2E=1 (exposes
 * window.__ldm) into a fresh temp folder, serves it with `vite preview` on a free local port, and
 * hands the URL to the tests (`inject('baseUrl')`). Torn down when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { ensureTestData } from '../ensure-test-data';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The built app being served (tests/e2e/offline.test.ts simulates a new deploy in it). */
    outDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The app serves public/data: rebuild it first when it was not built from the current source folder.
  await ensureTestData(join(ROOT, 'public', 'data'));
  const outDir = mkdtempSync(join(tmpdir(), 'ldm-e2e-'));
  process.env.VITE_E2E = '1';
  const started = Date.now();
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`[e2e] built in ${Date.now() - started} ms, serving ${baseUrl}`);
  project.provide('baseUrl', baseUrl);
  project.provide('outDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
