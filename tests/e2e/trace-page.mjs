// Where a stop selection and a search keystroke spend their time: a Chromium trace of each,
// summed by the main thread's top-level work (script, style, layout, paint…).
//   node trace-page.mjs path/to/tourlens.html   (or the http:// address of a served dist/)
import { chromium } from '@playwright/test';

const file = process.argv[2];
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const browser = await chromium.launch({ executablePath: process.env.TOURLENS_CHROMIUM ?? '/usr/bin/chromium', args });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(/^https?:/.test(file) ? file : `file://${file}`);
await page.locator('.stop-list li').first().waitFor();
await page.waitForTimeout(500);

// Sums the self time of the renderer main thread's events by name, over the trace.
function summarise(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => e.ph === 'X' && e.tid === main?.tid && e.pid === main?.pid)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of mine) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) stack.at(-1).child += e.dur ?? 0;
    e.child = 0;
    stack.push(e);
  }
  for (const e of mine) self.set(e.name, (self.get(e.name) ?? 0) + ((e.dur ?? 0) - e.child) / 1000);
  return [...self.entries()];
}

const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
// Traces each action alone (its hover, which the benchmark leaves out, is not traced).
async function traced(label, times, act, before = async () => {}) {
  const totals = new Map();
  for (let n = 0; n < times; n++) {
    await before(n);
    await browser.startTracing(page, { categories });
    await act(n);
    await page.waitForTimeout(250);
    for (const line of summarise(await browser.stopTracing())) totals.set(line[0], (totals.get(line[0]) ?? 0) + line[1]);
  }
  console.log(`${label}: main-thread self time per action, mean of ${times}`);
  for (const [name, ms] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
    console.log(`  ${(ms / times).toFixed(1).padStart(7)} ms  ${name}`);
  }
}

const stops = page.locator('.stop-button');
const count = await stops.count();
await traced('select a stop', 2 * count, async (n) => { await stops.nth((n + 1) % count).click(); },
  async (n) => { await stops.nth((n + 1) % count).hover(); await page.waitForTimeout(50); });
const box = page.locator('#search-input');
await box.fill('');
const word = 'ceasefirehostages';
await traced('keystroke', word.length, async (n) => { await box.press(word[n]); });
await browser.close();
