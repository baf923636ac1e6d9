// The Share · export view (#13): axe-core finds no serious or critical violation on the export
// and embed panels at 320, 375 and 1280 px, light and dark; nothing overflows; screenshots go to
// screenshots/ for review. Printing the trip view gives the stop list, the map and the accounts
// without the controls.
import { test, expect, seriousViolations } from './fixtures.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const shots = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [320, 375, 1280]) {
  for (const scheme of ['light', 'dark']) {
    test(`the export and embed panels at ${width} px, ${scheme}: axe-core, no overflow, screenshot`, async ({ app }, info) => {
      await app.emulateMedia({ colorScheme: scheme });
      await app.setViewportSize({ width, height: 900 });
      await app.getByRole('button', { name: 'Share · export', exact: true }).click();
      await expect(app.getByRole('region', { name: 'Download' })).toBeVisible();
      await expect(app.getByRole('region', { name: 'Embed' })).toBeVisible();
      // With the accent chosen and the pym.js details open, every control of the panels shows.
      await app.getByRole('checkbox', { name: 'its own' }).check();
      await app.locator('.embed-more > summary').click();
      expect(await seriousViolations(app)).toEqual([]);
      expect(await overflow(app)).toBeLessThanOrEqual(0);
      if (info.project.name === 'http') {
        await app.screenshot({ path: path.join(shots, `publish-${width}-${scheme}.png`), fullPage: true });
      }
    });
  }
}

test('the embed preview at 375 px: the framed page at its told height, screenshot', async ({ app }, info) => {
  test.skip(info.project.name === 'file', 'the preview frames this page, which a file:// page cannot offer');
  await app.setViewportSize({ width: 1280, height: 900 });
  await app.getByRole('button', { name: 'Share · export', exact: true }).click();
  await app.getByLabel('Width').selectOption('375');
  await app.getByRole('button', { name: 'Show preview' }).click();
  await expect(app.frameLocator('iframe.preview').locator('#accounts-heading')).toBeVisible({ timeout: 20_000 });
  await expect(app.getByText(/^height told: \d+ px$/)).toBeVisible();
  expect(await overflow(app)).toBeLessThanOrEqual(0);
  await app.screenshot({ path: path.join(shots, 'embed-preview-1280.png'), fullPage: true });
});

test('printing the trip view: the stop list, the map and the accounts, without the controls', async ({ app }, info) => {
  await app.setViewportSize({ width: 1280, height: 900 });
  // The Print button goes to the trip view and asks the browser to print.
  await app.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await app.getByRole('button', { name: 'Share · export', exact: true }).click();
  await app.getByRole('button', { name: 'Print the trip' }).click();
  await expect(app.locator('.trip-layout')).toBeVisible();
  await expect.poll(() => app.evaluate(() => window.__printed)).toBe(1);
  await app.emulateMedia({ media: 'print' });
  for (const shown of ['.stop-list', '.map-frame', '.account-columns', '#accounts-heading', 'h1.trip-title']) {
    await expect(app.locator(shown).first(), shown).toBeVisible();
  }
  for (const hidden of ['nav.views', '.search-bar', '.stop-steps', '.new-trip', '.source-filter', '.map-controls', 'footer.about']) {
    await expect(app.locator(hidden).first(), hidden).toBeHidden();
  }
  if (info.project.name === 'http') await app.screenshot({ path: path.join(shots, 'print-1280.png'), fullPage: true });
  const pdf = await app.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});
