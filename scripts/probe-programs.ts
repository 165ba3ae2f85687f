import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { encodeShareToken } from '../src/io/share-link';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { FIRST_VIEW, PHONE, PHONE_CPU_THROTTLE, waitForMarks } from './lib/first-view';
import { BENCH_SHARED_PROPOSAL } from './lib/shared-proposal';
const dir = process.argv[2]!;
const ROOT = resolve(import.meta.dirname, '..');
const server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: dir }, preview: { host: '127.0.0.1', port: 0, open: false } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const context = await browser.newContext({ ...PHONE });
const page = await context.newPage();
await page.addInitScript(() => {
  const log: string[] = [];
  (window as unknown as { __probe: string[] }).__probe = log;
  const proto = WebGL2RenderingContext.prototype;
  const link = proto.linkProgram;
  const shaderSrc = proto.shaderSource;
  let lastFrag = '';
  proto.shaderSource = function (shader, src) {
    const m = src.match(/#define\s+\w+/g);
    lastFrag = `${src.length}:${(m ?? []).slice(0, 6).join(',')}`;
    return shaderSrc.call(this, shader, src);
  };
  const getParam = proto.getProgramParameter;
  proto.getProgramParameter = function (program, pname) {
    const t = performance.now();
    const r = getParam.call(this, program, pname);
    const dt = performance.now() - t;
    if (dt > 5) log.push(`getProgramParameter ${dt.toFixed(0)}ms at ${t.toFixed(0)}`);
    return r;
  };
  proto.linkProgram = function (program) {
    log.push(`link at ${performance.now().toFixed(0)} ${lastFrag}`);
    return link.call(this, program);
  };
});
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_THROTTLE });
await page.goto(`${server.resolvedUrls!.local[0]}#share=${await encodeShareToken([BENCH_SHARED_PROPOSAL])}`);
const marks = await waitForMarks(page, [...FIRST_VIEW], 60_000);
console.log('canvas-shown', marks['canvas-shown']);
console.log((await page.evaluate(() => (window as unknown as { __probe: string[] }).__probe)).join('\n'));
await browser.close();
await server.close();
