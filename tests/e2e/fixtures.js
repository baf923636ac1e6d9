// Shared test fixtures: the page opened at the project's entry, with every request and
// console error recorded so each test can assert that nothing left the page's own files.
import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');

export { sharedDir, seedsTruth, bundled } from './shared.js';

export const test = base.extend({
  entry: ['', { option: true }],
  /** The URL hash the page opens at ("#view=sources"); empty: the default trip view. */
  hash: ['', { option: true }],
  requests: async ({ page }, use) => {
    const seen = [];
    page.on('request', (r) => seen.push(r.url()));
    await use(seen);
  },
  consoleErrors: async ({ page }, use) => {
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(errors);
  },
  app: async ({ page, entry, hash, requests, consoleErrors }, use) => {
    await page.goto(entry + hash);
    await expect(page.locator('main#main')).toBeVisible();
    await use(page);
  },
});

/** Requests that went anywhere but the page's own files (over file://: anything but the page).
 * A `blob:` URL is the page's own memory (the analysis worker's script), never the network. */
export function foreignRequests(requests, entry) {
  const own = (u) => u.startsWith('blob:');
  if (entry.startsWith('file:')) return requests.filter((u) => u !== entry && !own(u));
  return requests.filter((u) => !u.startsWith(entry) && !own(u));
}

/** Runs axe-core on the page and returns its serious and critical violations. The source is
 * evaluated through the DevTools protocol, which the page's CSP does not govern. */
const axeSource = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
export async function seriousViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** Serves `html` as a page of another site (a CMS story): its own local server on another port,
 * so another origin. A page Playwright fulfils from a route counts as public, and Chromium blocks
 * a public page from framing a local one, so the host page must be served for real. */
export async function hostPage(html) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/2024/story.html`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export { expect };
