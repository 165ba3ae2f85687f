import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ymd } from '../../../scripts/fetch/kinds/gias';
import type { Manifest } from '../../../src/data/schema';
import { ROOT } from '../pipeline/temp-source';
import { startFakeServices, type FakeServer } from './fake/server';

// `npm start`'s set-up on a fresh machine: a clone of this repository with no source folder beside it
// (no LONDON_DATA_DIR, no ../shared/data/london), node_modules reused from this checkout. With the
// official services (here: the local fake, through LDM_FETCH_BASE) it downloads into data/raw/ and
// builds public/data; with them unreachable it stops with the URL and the LONDON_DATA_DIR advice.

interface Run {
  code: number | null;
  output: string;
  seconds: number;
}

function cleanClone(): string {
  const parent = mkdtempSync(join(tmpdir(), 'ldm-clone-'));
  const repo = join(parent, 'repo');
  execFileSync('git', ['clone', '--quiet', ROOT, repo]);
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
  // Dependencies are installed (the symlink): make the lockfile older than them so set-up does not run npm ci.
  utimesSync(join(repo, 'package-lock.json'), new Date(0), new Date(0));
  expect(existsSync(join(parent, 'shared'))).toBe(false);
  return repo;
}

function setUp(repo: string, base: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, LDM_FETCH_BASE: base, LDM_FETCH_RETRIES: '1', LDM_FETCH_BACKOFF_MS: '50', LDM_FETCH_TIMEOUT_MS: '20000' };
  delete env.LONDON_DATA_DIR;
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['start', '--', '--setup-only'], { cwd: repo, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm start set-up in a clean clone with no source folder', () => {
  let server: FakeServer;
  const clones: string[] = [];
  beforeAll(async () => {
    server = await startFakeServices({ giasDate: ymd(new Date(Date.now() - 2 * 86_400_000)) });
  });
  afterAll(async () => {
    await server?.close();
    for (const repo of clones) rmSync(join(repo, '..'), { recursive: true, force: true });
  });

  it('downloads from the (fake) official services, shows progress, verifies and builds public/data', async () => {
    const repo = cleanClone();
    clones.push(repo);
    const run = await setUp(repo, server.base);
    console.log(`clean-clone set-up with the fake services: ${run.seconds.toFixed(1)} s, ${server.requests.length} requests`);
    expect(run.output, run.output).toContain('Set-up complete');
    expect(run.code).toBe(0);
    expect(run.output).toContain('downloading the official open data into data/raw/');
    expect(run.output).toMatch(/↓ census2021-ts001\.zip: .* of .*\(100%\)/);
    expect(run.output).toMatch(/↓ oa-lookup \(OA_LSOA_MSOA_EW_DEC_2021_LU_v3\) page \d+: .*26,369 of 26,369 rows \(100%\)/);
    const manifest = JSON.parse(readFileSync(join(repo, 'public', 'data', 'manifest.json'), 'utf8')) as Manifest;
    const count = (id: keyof Manifest['layers']) => {
      const layer = manifest.layers[id];
      return layer.status === 'present' ? layer.count : null;
    };
    expect(count('boroughs')).toBe(33);
    expect(count('wards')).toBe(704);
    expect(count('lsoa')).toBe(4994);
    expect(count('oa')).toBe(26369);
    expect(count('bids')).toBe(7);
    expect(manifest.totals.population).toBe(8_799_790);
    expect(manifest.totals.households).toBe(3_423_640);
    expect(existsSync(join(repo, 'data', 'raw', 'fetch-state.json'))).toBe(true);
  }, 120_000);

  it('with the services unreachable, stops with the URL, what came back and the LONDON_DATA_DIR way', async () => {
    const repo = cleanClone();
    clones.push(repo);
    const port = await closedPort();
    const run = await setUp(repo, `http://127.0.0.1:${port}`);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(`GET http://127.0.0.1:${port}/services1.arcgis.com/ESMARspQHYMw9BZ9/arcgis/rest/services/`);
    expect(run.output).toMatch(/ECONNREFUSED/);
    expect(run.output).toContain('LONDON_DATA_DIR=/path/to/folder npm start');
    expect(run.output).toContain('Set-up stopped: the London data could not be downloaded');
    expect(existsSync(join(repo, 'public', 'data', 'manifest.json'))).toBe(false);
  }, 120_000);
});
