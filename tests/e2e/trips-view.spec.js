// The import and edit screens (#11): axe-core finds no serious or critical violation, nothing
// overflows at 320, 375 and 1280 px, and screenshots of each go to screenshots/ for review.
import { test, expect, seriousViolations } from './fixtures.js';
import { importXi, openTrips } from './trips.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const shots = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

test('the import screen (bundled trip open) and the edit screen pass axe-core', async ({ app }) => {
  await openTrips(app);
  expect(await seriousViolations(app)).toEqual([]);
  await importXi(app);
  await app.locator('li.article-edit').first().getByRole('button', { name: /^Edit / }).click();
  await app.getByRole('button', { name: /^More edits of / }).first().click();
  await app.getByLabel('Set its place').fill('par');
  expect(await seriousViolations(app)).toEqual([]);
});

for (const width of [320, 375, 1280]) {
  test(`import and edit screens at ${width} px: nothing overflows, screenshots written`, async ({ app }, info) => {
    await app.setViewportSize({ width, height: 900 });
    await openTrips(app);
    const overflow = () => app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    if (info.project.name === 'http') await app.screenshot({ path: path.join(shots, `import-${width}.png`), fullPage: true });
    await importXi(app);
    await app.locator('li.article-edit').first().getByRole('button', { name: /^Edit / }).click();
    await app.getByRole('button', { name: /^More edits of / }).first().click();
    await app.getByLabel('Set its place').fill('par');
    await expect(app.getByRole('list', { name: 'Places found' }).first()).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    if (info.project.name === 'http') await app.screenshot({ path: path.join(shots, `edit-${width}.png`), fullPage: true });
  });
}
