// Foundation journeys: the bundled sources are listed, an article opens as text, and nothing
// leaves the page (no request outside its own files; over file://, none at all).
import { test, expect, bundled, foreignRequests, root } from './fixtures.js';
import path from 'node:path';

const articles = bundled();

// These journeys start in the Articles view (the source list and the reader).
test.use({ hash: '#view=sources' });

test('lists every bundled source with its headline and word count', async ({ app }) => {
  const entries = app.getByRole('navigation', { name: /Sources/ }).getByRole('listitem');
  await expect(entries).toHaveCount(articles.length);
  for (const [i, a] of articles.entries()) {
    const entry = entries.nth(i);
    await expect(entry).toContainText(a.truth.headline);
    await expect(entry).toContainText(/\d+ words/);
    // A date the article does not state is marked as inferred, never passed off as given.
    if (a.truth.published) await expect(entry).not.toContainText('inferred');
    else await expect(entry).toContainText('(inferred)');
  }
});

test('articles by the same outlet share one colour, different outlets do not', async ({ app }) => {
  const entries = app.getByRole('navigation', { name: /Sources/ }).getByRole('button');
  const seen = await entries.evaluateAll((buttons) => buttons.map((b) => ({
    outlet: b.querySelector('.source-outlet').textContent.trim(),
    colour: getComputedStyle(b).borderLeftColor,
  })));
  const byOutlet = new Map();
  for (const { outlet, colour } of seen) {
    if (outlet === 'Unknown outlet') continue;
    if (byOutlet.has(outlet)) expect(colour, outlet).toBe(byOutlet.get(outlet));
    else byOutlet.set(outlet, colour);
  }
  expect(new Set(byOutlet.values()).size).toBe(byOutlet.size);
  expect(seen.length - byOutlet.size).toBeGreaterThan(0); // the bundle has one outlet twice
});

test('opens an article as text and hides furniture on request', async ({ app }) => {
  const sputnik = articles.find((a) => a.text.includes('Sputnik International'));
  await app.getByRole('button', { name: new RegExp(escape(sputnik.truth.headline.slice(0, 40))) }).click();
  const reader = app.getByRole('region', { name: 'Article' });
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText(sputnik.truth.headline);
  await expect(reader).toContainText('An unannounced visit to Cyprus was next');
  await expect(reader.getByRole('heading', { name: 'Jordan', level: 3 })).toBeVisible();
  const furniture = reader.locator('.furniture', { hasText: 'Leave a Reply' }).or(reader.locator('.furniture', { hasText: 'Subscribe' }));
  await expect(furniture.first()).toBeVisible();
  await reader.getByRole('checkbox', { name: /furniture/ }).uncheck();
  await expect(reader.locator('.furniture')).toHaveCount(0);
  await expect(reader).toContainText('An unannounced visit to Cyprus was next');
});

test('marks people, visits and dates in the reader, and the text is unchanged without them', async ({ app }) => {
  const sputnik = articles.find((a) => a.text.includes('Sputnik International'));
  await app.getByRole('button', { name: new RegExp(escape(sputnik.truth.headline.slice(0, 40))) }).click();
  const body = app.locator('.article-body');
  const safadi = body.locator('mark.hl-person', { hasText: 'Ayman Safadi' });
  await expect(safadi).toBeVisible();
  await expect(safadi).toHaveAttribute('title', /Foreign Minister/);
  await expect(body.locator('mark.hl-visit', { hasText: 'Cyprus' }).first()).toHaveAttribute('title', /visited/);
  await expect(body.locator('mark.hl-date', { hasText: 'November 3' }).first()).toHaveAttribute('title', /3 Nov 2023/);
  // Gaza is mentioned, never visited.
  await expect(body.locator('mark.hl-visit', { hasText: 'Gaza' })).toHaveCount(0);
  const marked = await body.innerText();
  await app.getByRole('checkbox', { name: /Mark what the engine found/ }).uncheck();
  await expect(body.locator('mark')).toHaveCount(0);
  expect(await body.innerText()).toBe(marked);
});

test('makes no request outside its own files and logs no error', async ({ app, entry, requests, consoleErrors }) => {
  for (const a of articles) {
    await app.getByRole('button', { name: new RegExp(escape(a.truth.headline.slice(0, 40))) }).click();
    const back = app.getByRole('button', { name: /All sources/ });
    if (await back.isVisible()) await back.click();
  }
  expect(foreignRequests(requests, entry)).toEqual([]);
  if (entry.startsWith('file:')) expect(requests).toEqual([entry]);
  // The recorder works: over http the page's own wasm is among what it saw.
  else expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('starts in browsers without Uint8Array.fromBase64 (the decoding fallback)', async ({ page, entry, consoleErrors }) => {
  await page.addInitScript(() => { delete Uint8Array.fromBase64; });
  await page.goto(entry + '#view=sources');
  expect(await page.evaluate(() => typeof Uint8Array.fromBase64)).toBe('undefined');
  await expect(page.getByRole('navigation', { name: /Sources/ }).getByRole('listitem')).toHaveCount(articles.length);
  expect(consoleErrors).toEqual([]);
});

test('the about panel credits the place data and its licences', async ({ app }) => {
  await app.getByText('About tourlens').click();
  const about = app.locator('.about');
  await expect(about).toContainText('GeoNames');
  await expect(about).toContainText('CC BY 4.0');
  await expect(about).toContainText('Open Database License');
  await expect(about).toContainText('Natural Earth');
});

for (const width of [375, 1280]) {
  test(`screenshot at ${width} px`, async ({ app, entry }, info) => {
    await app.setViewportSize({ width, height: 900 });
    const dir = path.join(root, 'tests/e2e/screenshots');
    await app.screenshot({ path: path.join(dir, `${info.project.name}-sources-${width}.png`), fullPage: true });
    await app.getByRole('navigation', { name: /Sources/ }).getByRole('button').last().click();
    await expect(app.getByRole('region', { name: 'Article' }).getByRole('heading', { level: 2 })).toBeVisible();
    await app.screenshot({ path: path.join(dir, `${info.project.name}-reader-${width}.png`), fullPage: true });
    await app.screenshot({ path: path.join(dir, `${info.project.name}-reader-${width}-viewport.png`) });
    // Nothing wider than the viewport: no horizontal scrolling on a phone.
    const overflow = await app.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
