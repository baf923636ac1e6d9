// Page benchmark (run by `cargo xtask bench-page`): opens each single-file page given on the
// command line in headless Chromium and prints medians and p95 of
//   load      navigation start → the stop list on screen (7 fresh loads)
//   select    click on a stop in the list → the next paint with its accounts
//   keystroke a key typed in the search box → the next paint with counts and marks updated
// "The next paint" is taken as a requestAnimationFrame callback followed by a task, after the
// DOM has changed. Timings come from the page's own performance.now().
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';

const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('usage: node bench-page.mjs PAGE.html...');
  process.exit(2);
}
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const browser = await chromium.launch({ executablePath: process.env.TOURLENS_CHROMIUM ?? '/usr/bin/chromium', args });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
};
const show = (name, xs) => {
  const { n, median, p95, max } = stats(xs);
  console.log(`  ${name.padEnd(10)} n=${String(n).padStart(3)}  median ${median.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms  max ${max.toFixed(1).padStart(7)} ms`);
};

// In the page: time from an event to the next paint after the DOM changes.
const probe = () => {
  window.__times = [];
  window.__mark = () => {
    const t0 = performance.now();
    const done = () => requestAnimationFrame(() => setTimeout(() => window.__times.push(performance.now() - t0), 0));
    const obs = new MutationObserver(() => { obs.disconnect(); done(); });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  document.addEventListener('keydown', (e) => { if (e.target.id === 'search-input') window.__mark(); }, true);
  document.addEventListener('pointerdown', (e) => { if (e.target.closest('.stop-button')) window.__mark(); }, true);
};

for (const file of pages) {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const loads = [];
  for (let i = 0; i < 7; i++) {
    await page.goto('about:blank');
    await page.goto(url);
    await page.locator('.stop-list li').first().waitFor();
    loads.push(await page.evaluate(() => performance.now()));
  }
  const articles = await page.locator('.source-filter .chip').count();
  const bytes = (await import('node:fs')).statSync(file).size;
  console.log(`${file}  (${articles} articles, page ${(bytes / 1024).toFixed(0)} KB)`);
  show('load', loads);

  await page.evaluate(probe);
  const stops = page.locator('.stop-button');
  const count = await stops.count();
  // Each click selects another stop than the one shown (the first is selected on load).
  let clicks = 0;
  for (let round = 0; round < 3; round++) {
    for (let k = 1; k <= count; k++) {
      const i = k % count;
      await stops.nth(i).hover();
      await page.waitForTimeout(50);
      await stops.nth(i).click();
      clicks++;
      await page.waitForFunction((n) => window.__times.length >= n, clicks);
    }
  }
  show('select', await page.evaluate(() => window.__times));

  await page.evaluate(() => { window.__times = []; });
  const box = page.locator('#search-input');
  const words = ['ceasefire', 'hostages', 'erdogan', 'humanitarian'];
  let typed = 0;
  for (const word of words) {
    await box.fill('');
    await page.waitForTimeout(100);
    for (const ch of word) {
      await box.press(ch === ' ' ? 'Space' : ch);
      typed++;
      await page.waitForFunction((n) => window.__times.length >= n, typed, { timeout: 10_000 }).catch(() => {});
    }
  }
  show('keystroke', await page.evaluate(() => window.__times));
  if (errors.length) console.log('  page errors:', errors);
  await page.close();
}
await browser.close();
