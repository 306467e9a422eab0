// Label coverage of the built app at common screen sizes: how many labels of each kind the
// fitted map draws (none may overlap, so this is what a reader actually sees), and how long the
// seed map takes to its first frame and to rest. Run with `npm run bench:labels` (it builds first).
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';

const chrome = findChrome();
if (chrome.error) {
  console.error(chrome.error);
  process.exit(1);
}
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: chrome.path, args: CHROME_ARGS });
console.log(`labels drawn / nodes, by kind, at the fitted zoom (${url})`);
for (const [w, h] of [[1024, 700], [1280, 800], [1440, 900], [1920, 1080]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('concept-map')?.stats.settledAt != null, null, { timeout: 30000 });
  const r = await page.evaluate(() => {
    const m = document.querySelector('concept-map');
    const g = m.shadowRoot.querySelector('concept-graph');
    g.drawNow();
    const by = {};
    for (const n of m.index.nodes) {
      by[n.kind] ??= [0, 0];
      by[n.kind][1]++;
      if (g.drawnLabels.has(n.id)) by[n.kind][0]++;
    }
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      kinds: Object.entries(by).map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', '),
      firstFrame: Math.round(m.stats.firstFrameAt - nav.startTime),
      settled: Math.round(m.stats.settledAt - nav.startTime),
      ticks: m.stats.ticks,
      frames: m.stats.frames,
    };
  });
  console.log(`${w}x${h}: ${r.kinds}`);
  console.log(`  first frame ${r.firstFrame} ms after navigation, at rest ${r.settled} ms (${r.ticks} ticks, ${r.frames} frames)`);
  await page.close();
}
await browser.close();
await new Promise((resolve) => server.httpServer.close(resolve));
