// Search journeys: typing a query updates the counts and the highlights in every view; the
// keyboard walks every hit in order (Enter, Shift+Enter, F3); the URL restores the query.
import { test, expect, root } from './fixtures.js';
import path from 'node:path';

const box = (page) => page.getByRole('searchbox', { name: 'Search all sources' });
const status = (page) => page.locator('.search-status');

test('typing a query updates counts and highlights in every view', async ({ app }) => {
  await box(app).fill('ceasefire');
  await expect(status(app)).toHaveText(/^\d+ hits in \d articles$/);
  const total = Number((await status(app).textContent()).split(' ')[0]);
  expect(total).toBeGreaterThan(5);
  // "ceasefire" also finds "cease-fire" (the Sputnik article writes both).
  // Trip view: per-stop counts, per-source counts, marks in the accounts.
  await expect(app.locator('.stop-hits').first()).toBeVisible();
  await expect(app.getByRole('button', { name: /5 Sputnik International · \d+ hits/ })).toBeVisible();
  await app.locator('g.marker[aria-label^="2 Amman"]').click();
  // The hits may sit past an account's first sentences: open "N more sentences" to see them.
  await expect(app.locator('article.account mark.hit').first()).toBeAttached();
  for (const more of await app.locator('article.account details.more-sentences:not([open]) summary').all()) await more.click();
  await expect(app.locator('article.account mark.hit').first()).toBeVisible();
  // Compare view: marks in the evidence.
  await app.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(app.locator('.discrepancies mark.hit').first()).toBeVisible();
  // Reader: the Sputnik article marks both spellings.
  await app.getByRole('button', { name: 'Articles', exact: true }).click();
  await app.getByRole('button', { name: /Diplomatic Push/ }).click();
  const marks = app.locator('.article-body mark.hit');
  await expect(marks.filter({ hasText: /^cease-fire$/i })).not.toHaveCount(0);
  await expect(marks.filter({ hasText: /^ceasefire$/i })).not.toHaveCount(0);
  // Two terms, two colours; the reading says how the query was read.
  await box(app).fill('ceasefire OR "humanitarian pauses');
  await expect(app.locator('#search-reading')).toContainText('the open quote was closed at the end');
  await expect(app.locator('.article-body mark.hit-1').first()).toBeVisible();
  // Diacritics: "erdogan" finds "Erdoğan".
  await box(app).fill('erdogan');
  await app.getByRole('button', { name: /West Asia/ }).first().click().catch(() => {});
  await expect(status(app)).toHaveText(/hits? in 5 articles/);
  // Clearing the box clears every mark.
  await box(app).fill('');
  await expect(app.locator('mark.hit')).toHaveCount(0);
  await expect(status(app)).toHaveText('');
});

test('the keyboard walks every hit in order, and around', async ({ app }) => {
  await box(app).fill('hostages');
  await expect(status(app)).toHaveText(/^\d+ hits? in \d articles?$/);
  const total = Number((await status(app).textContent()).split(' ')[0]);
  const seen = [];
  for (let n = 1; n <= total; n++) {
    await box(app).press('Enter');
    await expect(status(app)).toHaveText(`${n} of ${total}`);
    const focus = app.locator('#focus');
    await expect(focus).toBeVisible();
    await expect(focus.locator('mark.hit.current')).toHaveCount(1);
    // The URL is written after the next paint: a frame and a task later, it is there.
    await app.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
    seen.push(await app.evaluate(() => location.hash.match(/article=(\d+)/)?.[1]));
  }
  // Articles are visited in order, never going back.
  expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => a - b));
  await box(app).press('Enter');
  await expect(status(app)).toHaveText(`1 of ${total}`);
  await box(app).press('Shift+Enter');
  await expect(status(app)).toHaveText(`${total} of ${total}`);
  // F3 works from anywhere on the page.
  await app.locator('h1').click();
  await app.keyboard.press('F3');
  await expect(status(app)).toHaveText(`1 of ${total}`);
  await app.keyboard.press('Shift+F3');
  await expect(status(app)).toHaveText(`${total} of ${total}`);
});

test('the URL restores the query', async ({ app, entry }) => {
  await box(app).fill('"humanitarian pause" OR erdogan');
  await expect.poll(() => app.evaluate(() => location.hash)).toContain('q=');
  const hash = await app.evaluate(() => location.hash);
  await app.goto(entry + hash);
  await app.reload();
  await expect(box(app)).toHaveValue('"humanitarian pause" OR erdogan');
  await expect(app.locator('.search-terms mark')).toHaveCount(2);
  await expect(status(app)).toHaveText(/hits in \d articles/);
});

for (const width of [375, 1280]) {
  test(`search at ${width} px: nothing overflows, screenshot written`, async ({ app, entry }, info) => {
    await app.setViewportSize({ width, height: 900 });
    await app.goto(entry + '#view=trip&stop=2&q=ceasefire%20OR%20hostages');
    await expect(app.locator('.search-status')).toHaveText(/hits in 5 articles/);
    const dir = path.join(root, 'tests/e2e/screenshots');
    await app.screenshot({ path: path.join(dir, `${info.project.name}-search-${width}.png`), fullPage: true });
    const overflow = await app.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
