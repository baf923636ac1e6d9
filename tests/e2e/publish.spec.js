// Publish a trip (#13): the open trip downloaded as one file opens from disk in a fresh browser
// context (its stops, read-only, zero requests, no console error, the CSP intact); a page built
// by `cargo xtask build --articles` opens on that folder's trip, as the browser's import reads
// it; the page's look and start come from its URL.
import { test, expect, root, sharedDir } from './fixtures.js';
import { importXi, stopItems, xiFiles, importFiles } from './trips.js';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Opens `url` in a fresh browser context, recording requests, errors and CSP violations. */
async function openFresh(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = { requests: [], errors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { context, page, seen };
}

/** The page's policy holds: no eval, no inline script; nothing was refused under it. */
async function expectStrictCsp(page) {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  // 'wasm-unsafe-eval' (compiling the wasm) is allowed; JavaScript eval is not.
  expect(csp).not.toContain("'unsafe-eval'");
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
}

const stopNames = (page) => stopItems(page).locator('.stop-name').allTextContents();

test('a dev-set trip downloaded as one file opens from file:// in a fresh browser, read-only, with no request', async ({ app, browser }, info) => {
  await importXi(app);
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  const places = await stopNames(app);
  expect(places.length).toBeGreaterThan(2);
  await app.getByRole('button', { name: 'Share · export', exact: true }).click();
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Download as one file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('your-trip-1.html');
  const file = info.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(app.locator('.export-said')).toContainText('Saved your-trip-1.html');

  const url = pathToFileURL(file).href;
  const { context, page, seen } = await openFresh(browser, url);
  await expect(stopItems(page)).toHaveCount(places.length, { timeout: 20_000 });
  expect(await stopNames(page)).toEqual(places);
  await expect(page).toHaveTitle('Your trip 1 · tourlens');
  // Read-only: no import, no trips, no edits.
  await expect(page.getByRole('button', { name: 'New trip · import your articles' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Your trips · import' })).toHaveCount(0);
  // The reader can still search, select and compare.
  await page.locator('#search-input').fill('Macron');
  await expect(page.locator('.search-status')).toContainText(/[1-9]\d* hits? in/);
  await stopItems(page).nth(2).getByRole('button').click();
  await expect(page.locator('#accounts-heading')).toContainText(places[2]);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.locator('table.matrix tbody tr')).toHaveCount(places.length);
  // Zero requests: the file itself, and the analysis worker made from the page's own memory.
  expect(seen.requests.filter((u) => u.split('#')[0] !== url && !u.startsWith('blob:'))).toEqual([]);
  expect(seen.errors).toEqual([]);
  await expectStrictCsp(page);
  // And a reader's copy: editable, among their trips.
  await page.getByRole('button', { name: 'Share · export', exact: true }).click();
  await page.getByRole('button', { name: 'Make an editable copy' }).click();
  await expect(page.locator('h1.trip-title')).toContainText('Copy of Your trip 1');
  await expect(page.getByRole('heading', { name: 'Edit this trip' })).toBeVisible();
  await context.close();
});

test('cargo xtask build --articles DIR: both pages open on that folder\'s trip, as the browser imports it', async ({ app, browser, page }, info) => {
  test.skip(info.project.name === 'http', 'one build serves both checks (from file://, and over a routed http origin): run once, in the file project');
  test.setTimeout(600_000);
  const dir = path.join(sharedDir(), 'devset/xi-europe-2024-05');
  const out = path.join(root, 'target/e2e-articles-dist');
  execFileSync('cargo', ['xtask', 'build', '--articles', dir, '--out', out], { cwd: root, stdio: 'ignore', timeout: 580_000 });
  // What the browser's import makes of the same files.
  await importFiles(app, xiFiles());
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  const places = await stopNames(app);
  expect(places.length).toBeGreaterThan(2);

  const url = pathToFileURL(path.join(out, 'tourlens.html')).href;
  const single = await openFresh(browser, url);
  await expect(stopItems(single.page)).toHaveCount(places.length, { timeout: 20_000 });
  expect(await stopNames(single.page)).toEqual(places);
  await expect(single.page.locator('h1.trip-title')).toHaveText('xi-europe-2024-05');
  expect(single.seen.requests.filter((u) => u.split('#')[0] !== url && !u.startsWith('blob:'))).toEqual([]);
  expect(single.seen.errors).toEqual([]);
  await expectStrictCsp(single.page);
  await single.context.close();

  // The served build (index.html, its wasm beside it), from a web origin.
  await page.route('http://newsroom.test/**', (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/trip\//, '') || 'index.html';
    return route.fulfill({ path: path.join(out, rel) });
  });
  await page.goto('http://newsroom.test/trip/');
  await expect(stopItems(page)).toHaveCount(places.length, { timeout: 20_000 });
  expect(await stopNames(page)).toEqual(places);
});

test('the URL sets the look and the start: theme, accent, header and search hidden, view and stop', async ({ page, entry, consoleErrors }) => {
  await page.goto(`${entry}?theme=dark&accent=0f766e&header=off&search=off#view=compare&stop=3`);
  await expect(page.locator('table.matrix')).toBeVisible();
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())).toBe('#0f766e');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(22, 20, 18)');
  await expect(page.locator('.brand')).toHaveCount(0);
  await expect(page.locator('#search-input')).toHaveCount(0);
  // The title stays for screen readers.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Blinken/);
  await expect(page.getByRole('button', { name: 'Compare', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.matrix tr.selected th[scope="row"]')).toContainText('Ramallah');
  // The theme is on the page before the app starts (a head script reads the URL), so an embed
  // never flashes the other theme while the wasm loads.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${entry}?theme=light#view=trip`, { waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('light');
  // The theme is set once the app starts (after the wasm is inflated and compiled).
  await expect(root).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(250, 248, 245)');
  expect(consoleErrors).toEqual([]);
});
