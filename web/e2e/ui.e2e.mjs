// End-to-end tests of the web UI against the real `lede serve`: the demo corpus is
// ingested into a temporary store, the server started on a free loopback port with the
// built UI, and Debian's chromium (driven by playwright-core) walks the analyst's flows.
// Every page is also checked with axe-core. Screenshots go to LEDE_TEST_OUTPUT
// (build/test-output/web).
//
// Environment: LEDE_BIN (the lede binary), LEDE_WEB_DIR (the built UI), LEDE_SOURCE_DIR
// (the repository), LEDE_TEST_OUTPUT, CHROMIUM (default /usr/bin/chromium).
// Run: node --test web/e2e/ui.e2e.mjs

import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`set ${name} (see the header of ${import.meta.url})`);
  return value;
};
const lede = env('LEDE_BIN');
const webDir = env('LEDE_WEB_DIR');
const sourceDir = env('LEDE_SOURCE_DIR');
const outDir = env('LEDE_TEST_OUTPUT');
const chromiumPath = env('CHROMIUM', '/usr/bin/chromium');
/** The server must print its URL within this long after it starts. */
const SERVER_START_MS = 20000;
/** The longest any one step (a load, a click) may take; the demo store answers in milliseconds. */
const STEP_TIMEOUT_MS = 10000;
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

/**
 * Starts `lede serve` on a free loopback port (--port 0) and resolves to its base URL,
 * read from the line it prints on start; its output is copied to `logPath`.
 */
function startServer(db, logPath, flags = []) {
  const child = spawn(lede, ['serve', '--db', db, '--host', '127.0.0.1', '--port', '0', '--web-dir', webDir, ...flags],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logPath);
  child.stdout.pipe(log);
  let seen = '';
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`lede serve printed no URL within ${SERVER_START_MS} ms:\n${seen}`)), SERVER_START_MS);
    child.stderr.on('data', (chunk) => {
      log.write(chunk);
      seen += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${match[1]}`);
      }
    });
    child.once('exit', (code) => reject(new Error(`lede serve exited with ${code}:\n${seen}`)));
  });
  return { child, url };
}

/** Presses Tab until `selector` matches the focused element; fails after `max` presses. */
async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
    await page.keyboard.press('Tab');
  }
  assert.fail(`${selector} not reached with ${max} Tab presses`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Fails on any serious or critical accessibility violation axe-core finds in the page. */
async function assertAccessible(page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { resultTypes: ['violations'] })).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
  assert.deepEqual(violations, [], `accessibility violations on ${page.url()}`);
}

/** Fails when the page is wider than the viewport (horizontal scrolling at phone width). */
async function assertNoHorizontalScroll(page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client + 1, `page is ${scroll}px wide in a ${client}px viewport`);
}

/**
 * The texts of the highlights matching `selector`, sorted. A span may be drawn in pieces
 * (split where it crosses another span's end); its pieces are joined.
 */
async function drawnTexts(page, selector) {
  const pieces = await page.locator(selector).evaluateAll((marks) => marks.map((m) => [m.dataset.ref, m.textContent]));
  const texts = new Map();
  for (const [ref, text] of pieces) texts.set(ref, (texts.get(ref) ?? '') + text);
  return [...texts.values()].sort();
}

describe('the web UI on the demo corpus', () => {
  let work;
  let server;
  let base;
  let browser;
  let page;
  let api;
  const shot = (name) => page.screenshot({ path: join(outDir, `${name}.png`), fullPage: false });

  before(async () => {
    mkdirSync(outDir, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'lede-web-e2e-'));
    const db = join(work, 'demo.db');
    execFileSync(lede, ['ingest', '--quiet', '--db', db, join(sourceDir, 'data/demo/corpus')], { stdio: 'inherit' });
    const started = startServer(db, join(outDir, 'server.log'));
    server = started.child;
    base = await started.url;
    api = async (path) => (await fetch(`${base}/api/${path}`)).json();
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: DESKTOP });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
  });

  after(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('opens a deep-linked search with hits, facets and a date histogram; a facet filters it', async () => {
    const started = Date.now();
    await page.goto(`${base}/?q=Morocco`);
    await page.locator('.hits li').first().waitFor();
    // Measured, not asserted (the target: interactive in under a second on loopback).
    const timings = {
      first_hits_shown_ms: Date.now() - started,
      dom_interactive_ms: await page.evaluate(() => performance.getEntriesByType('navigation')[0].domInteractive),
    };
    writeFileSync(join(outDir, 'timings.json'), `${JSON.stringify(timings)}\n`);
    assert.equal(await page.inputValue('#search-q'), 'Morocco');
    const expected = await api('search?q=Morocco');
    assert.ok(expected.total > 0, 'the demo corpus mentions Morocco');
    assert.match(await page.locator('.results .status').innerText(), new RegExp(`^${expected.total} articles?`));
    assert.ok(await page.locator('.facets .chart .bar').count() > 0, 'date histogram drawn');
    assert.ok(await page.locator('.hits .snippet mark').count() > 0, 'matched terms marked in snippets');
    await shot('search');
    await assertAccessible(page);

    const source = page.locator('.facet[aria-label="Sources"] .facet-value').first();
    await source.click();
    await page.waitForURL(/source=/);
    await page.locator('.facet[aria-label="Sources"] .facet-value[aria-pressed="true"]').waitFor();
    const chip = page.locator('.chips button');
    assert.equal(await chip.count(), 1);
    await chip.click();
    await page.waitForURL((url) => !url.search.includes('source='));
  });

  it('reads an article with highlights at the right text and shows a highlight’s entity and evidence', async () => {
    // The seed article: non-ASCII punctuation (’ “ ” –) before most of its spans.
    await page.goto(`${base}/?q=${encodeURIComponent('"Abdelhak El Khiam"')}`);
    await page.locator('.hits li h2 a').first().click();
    await page.waitForURL(/\/articles\/\d+$/);
    const id = page.url().split('/').pop();
    const article = await api(`articles/${id}`);
    await page.locator('mark.hl-entity').first().waitFor();
    // The standfirst the extractor moved out of the body is shown under the title.
    assert.ok(article.description, 'the seed article has a standfirst');
    assert.equal(await page.locator('.reader .standfirst').innerText(), article.description);

    // Every mention and quote is drawn around exactly the text its byte offsets give.
    const mentions = article.entities.flatMap((e) => e.mentions.map((m) => m.text));
    assert.ok(mentions.length > 0);
    assert.deepEqual(await drawnTexts(page, 'mark.hl-entity'), mentions.sort());
    assert.deepEqual(await drawnTexts(page, 'mark.hl-quote'), article.quotes.map((q) => q.text).sort());

    const person = article.entities.find((e) => e.type === 'PERSON' && /Khiam/.test(e.name));
    assert.ok(person, `a PERSON named Khiam in ${article.entities.map((e) => e.name)}`);
    await page.locator('mark.hl-entity.type-PERSON', { hasText: person.mentions[0].text }).first().click();
    const detail = page.locator('#span-detail');
    await detail.getByText('Entity · person').waitFor();
    await detail.locator('.evidence mark', { hasText: person.mentions[0].text }).first().waitFor();
    await shot('article');
    await assertAccessible(page);

    await detail.getByRole('link', { name: person.name }).click();
    await page.waitForURL(new RegExp(`/entities/${person.id}$`));
    await page.locator('h1', { hasText: person.name }).waitFor();
    // The chart draws the API's timeline; an undated article (the seed is plain text) has none.
    const detailJson = await api(`entities/${person.id}`);
    if (detailJson.timeline.length > 0) {
      assert.ok(await page.locator('.chart .bar').count() > 0, 'mentions over time drawn');
    } else {
      await page.getByText('No dated mentions.').waitFor();
    }
    assert.ok(await page.locator('.entity-grid a[href^="/articles/"]').count() > 0, 'its articles listed');
    await shot('entity');
    await assertAccessible(page);
  });

  it('draws the map with countries and place markers', async () => {
    await page.goto(`${base}/map`);
    await page.locator('svg.world circle.place').first().waitFor();
    assert.ok(await page.locator('svg.world .countries path').count() > 150, 'country shapes drawn');
    const places = (await api('map')).places.filter((p) => p.lat !== null && p.lon !== null);
    assert.equal(await page.locator('svg.world circle.place').count(), places.length);
    await shot('map');
    await assertAccessible(page);
  });

  it('searches quotes by speaker and lists events, filtered by type', async () => {
    await page.goto(`${base}/quotes`);
    await page.locator('.quotes li').first().waitFor();
    await page.fill('#filter-speaker', 'Khiam');
    await page.press('#filter-speaker', 'Enter');
    await page.waitForURL(/speaker=Khiam/);
    await page.locator('.quotes li').first().waitFor();
    const speakers = await page.locator('.quotes .meta').allInnerTexts();
    assert.ok(speakers.every((s) => /Khiam/.test(s)), speakers.join('\n'));
    await shot('quotes');
    await assertAccessible(page);

    await page.goto(`${base}/events`);
    await page.locator('table.events tbody tr').first().waitFor();
    const type = await page.locator('table.events tbody tr td:nth-child(2)').first().innerText();
    await page.fill('#filter-type', type);
    await page.press('#filter-type', 'Enter');
    await page.waitForURL(new RegExp(`type=${type}`));
    await page.locator('.list-results .status').filter({ hasText: /events?$/ }).waitFor();
    const types = await page.locator('table.events tbody tr td:nth-child(2)').allInnerTexts();
    assert.ok(types.length > 0 && types.every((t) => t === type), types.join(','));
    await shot('events');
    await assertAccessible(page);
  });

  it('lists stories and opens one with its articles', async () => {
    await page.goto(`${base}/stories`);
    const first = page.locator('.stories li h2 a').first();
    await first.waitFor();
    await first.click();
    await page.waitForURL(/\/stories\/\d+$/);
    const storyPath = new URL(page.url()).pathname;
    await page.locator('.timeline li a').first().waitFor();
    await shot('story');
    await assertAccessible(page);

    // Its article links back to it.
    await page.locator('.timeline li a').first().click();
    await page.waitForURL(/\/articles\/\d+$/);
    const id = page.url().split('/').pop();
    const article = await api(`articles/${id}`);
    assert.equal(`/stories/${article.story?.id}`, storyPath, `article ${id}'s story`);
    await page.locator(`.reader header a[href="${storyPath}"]`).click();
    await page.waitForURL((url) => url.pathname === storyPath);
  });

  it('fits a phone’s width (375 px) on search and article pages', async () => {
    const phone = await browser.newPage({ viewport: PHONE });
    phone.setDefaultTimeout(STEP_TIMEOUT_MS);
    try {
      await phone.goto(`${base}/?q=Morocco`);
      await phone.locator('.hits li').first().waitFor();
      await assertNoHorizontalScroll(phone);
      await phone.screenshot({ path: join(outDir, 'phone-search.png') });
      await phone.locator('.hits li h2 a').first().click();
      await phone.locator('mark.hl').first().waitFor();
      await assertNoHorizontalScroll(phone);
      await phone.locator('mark.hl-entity').first().click();
      assert.ok(await phone.locator('#span-detail').isVisible(), 'highlight details shown on a phone');
      await phone.screenshot({ path: join(outDir, 'phone-article.png') });
    } finally {
      await phone.close();
    }
  });

  it('goes from search to an article’s highlight with the keyboard only', async () => {
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await tabTo(page, '#search-q');
    await page.keyboard.type('Khiam');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=Khiam/);
    await page.locator('.hits li').first().waitFor();
    await tabTo(page, '.hits li h2 a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\/\d+$/);
    await page.locator('mark.hl').first().waitFor();
    await tabTo(page, '.hl-control');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');
    await page.locator('#span-detail .evidence mark').first().waitFor();
    assert.ok((await page.locator('#span-detail .evidence mark').first().innerText()).length > 0);
    assert.ok(focused.length > 0);
    await shot('keyboard-article');
  });
});

describe('the web UI of a server with --token', () => {
  const token = 'e2e-s3cret/+=';
  let work;
  let server;
  let base;
  let browser;
  let logPath;

  before(async () => {
    mkdirSync(outDir, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'lede-web-e2e-token-'));
    const db = join(work, 'demo.db');
    execFileSync(lede, ['ingest', '--quiet', '--db', db, join(sourceDir, 'data/demo/corpus')], { stdio: 'inherit' });
    logPath = join(outDir, 'server-token.log');
    const started = startServer(db, logPath, ['--token', token]);
    server = started.child;
    base = await started.url;
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
  });

  after(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A fresh tab (its own sessionStorage) at DESKTOP size. */
  async function newPage() {
    const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`));
    return page;
  }

  it('takes the token from #token= once, drops it from the address and searches', async () => {
    const page = await newPage();
    await page.goto(`${base}/?q=Morocco#token=${encodeURIComponent(token)}`);
    await page.locator('.hits li').first().waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token is no longer in the address bar');
    await page.locator('.hits li h2 a').first().click();  // later requests carry it too
    await page.locator('mark.hl').first().waitFor();
    assert.equal(await page.locator('.token-prompt').count(), 0);
    assert.ok(!readFileSync(logPath, 'utf8').includes('s3cret'), 'the token is not in the access log');
  });

  it('asks for the token on a 401 and works once it is given', async () => {
    const page = await newPage();
    await page.goto(`${base}/?q=Morocco`);
    const prompt = page.locator('form.token-prompt');
    await prompt.waitFor();
    await page.locator('.error', { hasText: 'Authorization' }).first().waitFor();
    await page.screenshot({ path: join(outDir, 'token-prompt.png') });
    await assertAccessible(page);
    await page.fill('#token', token);
    await page.press('#token', 'Enter');
    await page.locator('.hits li').first().waitFor();
    assert.equal(await prompt.count(), 0, 'no prompt once the token is right');
  });
});
