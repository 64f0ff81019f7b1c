// Renders icons/icon.svg to the PNG sizes both stores ask for, with headless Chromium.
// Run once after editing the SVG (`npx tsx scripts/render-icons.ts`); the PNGs are committed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: resolve(root, `public/icons/icon-${size}.png`), omitBackground: true });
}
await browser.close();
console.log('icons written to public/icons/');
