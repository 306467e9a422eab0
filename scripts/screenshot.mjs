// Takes a screenshot of a page in headless Chromium, to look at what a person sees.
// usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--dark] [--dpr=2] [--eval=js]
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';

const [url, out, w = '1440', h = '900', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height] [--dark] [--dpr=2] [--eval=js]');
  process.exit(1);
}
const chrome = findChrome();
if (chrome.error) {
  console.error(chrome.error);
  process.exit(1);
}
const flag = (name) => flags.find((f) => f.startsWith(`--${name}`));
const dpr = Number(flag('dpr')?.split('=')[1] ?? 1);
const browser = await chromium.launch({ executablePath: chrome.path, args: CHROME_ARGS });
const page = await browser.newPage({
  viewport: { width: Number(w), height: Number(h) },
  deviceScaleFactor: dpr,
  colorScheme: flag('dark') ? 'dark' : 'light',
});
const errors = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
});
page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(Number(flag('wait')?.split('=')[1] ?? 2500));
const script = flag('eval')?.slice('--eval='.length);
if (script) {
  console.log('eval:', JSON.stringify(await page.evaluate(script)));
  await page.waitForTimeout(800);
}
await page.screenshot({ path: out });
await browser.close();
for (const e of errors) console.log(e);
console.log(`wrote ${out}${errors.length ? `, ${errors.length} console messages` : ', no console errors'}`);
