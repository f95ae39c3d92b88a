// Renders test/support/icon.svg into public/icon/<size>.png with real Chromium, so the
// toolbar and notification icons come from one vector source. Run: node test/support/render-icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const svg = readFileSync(here('./icon.svg'), 'utf8');
const SIZES = [16, 32, 48, 128];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(here(`../../public/icon/${size}.png`), png);
    console.log(`public/icon/${size}.png ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
