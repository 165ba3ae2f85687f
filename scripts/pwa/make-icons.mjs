/**
 * Renders public/icon.svg to the PNG icons the web manifest lists (installable PWA needs 192 and
 * 512 px PNGs; iOS wants a 180 px apple-touch-icon). Uses the same headless Debian chromium as the
 * browser tests, so no image tool is needed. Run once after changing the SVG:
 *   node scripts/pwa/make-icons.mjs
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const PUBLIC = resolve(import.meta.dirname, '../../public');
const SIZES = { 'icon-192.png': 192, 'icon-512.png': 512, 'apple-touch-icon.png': 180 };

const svg = readFileSync(resolve(PUBLIC, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [file, size] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const html = `<html><body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`;
    await page.setContent(html);
    await page.screenshot({ path: resolve(PUBLIC, file), omitBackground: false });
    await page.close();
    console.log(`wrote public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
