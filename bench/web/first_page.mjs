// The UI's first page on loopback (issue 6: "interactive in under a second"): N cold
// loads of /?q=WORD, each in a new browser context (empty HTTP cache) and with a word
// not asked before (the server runs with --cache-bytes 0, so every search is computed).
// Per load: DOM interactive, DOMContentLoaded, load event (Navigation Timing) and the
// time until the first hit is drawn (the page is usable); p50/p95/max of each, and the
// ratio to the floor: the same browser navigating to /api/stats (HTTP and one small
// JSON answer, no UI). Usage: node first_page.mjs BASE_URL LOADS WORD...
import { createRequire } from 'node:module';

// playwright-core is one of the UI's dev dependencies (web/node_modules).
const { chromium } = createRequire(new URL('../../web/package.json', import.meta.url))('playwright-core');

const [base, loadsArg, ...words] = process.argv.slice(2);
const loads = Number(loadsArg);
if (!base || !(loads > 0) || words.length < loads) {
  console.error('usage: node first_page.mjs BASE_URL LOADS WORD... (at least LOADS words)');
  process.exit(2);
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** One cold navigation to `path`; resolves to its timings in ms. */
async function coldLoad(browser, path, readySelector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${base}${path}`);
  if (readySelector) await page.locator(readySelector).first().waitFor({ timeout: 10000 });
  const ready = Date.now() - started;
  const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
  await context.close();
  return { dom_interactive: nav.domInteractive, dom_content_loaded: nav.domContentLoadedEventEnd,
    load_event: nav.loadEventEnd, first_hit_drawn: ready };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'] });
const ui = [];
const floor = [];
await coldLoad(browser, '/', null);  // the browser's own start-up, not counted
for (let i = 0; i < loads; i++) {
  ui.push(await coldLoad(browser, `/?q=${encodeURIComponent(words[i])}`, '.hits li, .results .status'));
  floor.push(await coldLoad(browser, '/api/stats', null));
}
await browser.close();

console.log(`| measure (${loads} cold loads) | p50 ms | p95 ms | max ms | p95 / floor p95 |`);
console.log('|---|---|---|---|---|');
const floorP95 = percentile(floor.map((t) => t.load_event), 95);
for (const key of Object.keys(ui[0])) {
  const values = ui.map((t) => t[key]);
  console.log(`| ${key} | ${percentile(values, 50).toFixed(0)} | ${percentile(values, 95).toFixed(0)} | ` +
    `${Math.max(...values).toFixed(0)} | ${(percentile(values, 95) / floorP95).toFixed(1)}x |`);
}
const floorValues = floor.map((t) => t.load_event);
console.log(`| floor: /api/stats load_event | ${percentile(floorValues, 50).toFixed(0)} | ` +
  `${floorP95.toFixed(0)} | ${Math.max(...floorValues).toFixed(0)} | 1.0x |`);
