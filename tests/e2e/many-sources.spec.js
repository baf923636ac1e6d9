// A trip of many sources (#14): above twenty, the source chips show the first twenty (and any
// hidden one) with a button for the rest, and each stop shows a bar and "N of M" instead of a
// dot per source; the counts follow the chips.
import { test, expect, root, seriousViolations } from './fixtures.js';
import path from 'node:path';
import { bundled } from './shared.js';
import { importFiles, stopItems } from './trips.js';

// The bundled five, five times over, each copy told apart by a last line (an exact copy is
// refused as a duplicate): 25 sources that all report the trip.
const files = () => bundled().flatMap((a, i) => [0, 1, 2, 3, 4].map((n) => ({
  name: `source-${i}-${n}.txt`,
  mimeType: 'text/plain',
  buffer: Buffer.from(`${a.text}\n\nCopy ${n} of this report.\n`),
})));

test('twenty-five sources: twenty chips and a button for the rest, a bar per stop', async ({ app }) => {
  await importFiles(app, files());
  await expect(app.locator('.notice.done')).toContainText(/with 25 articles/, { timeout: 30_000 });
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 30_000 });
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  const chips = app.locator('.source-filter .chip');
  await expect(chips).toHaveCount(20);
  const more = app.getByRole('button', { name: 'All 25 sources' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  // Each stop: a bar and "N of 25", no dots; the screen reader's line says the same.
  const first = stopItems(app).first();
  await expect(first.locator('.dot')).toHaveCount(0);
  await expect(first.locator('.stop-share')).toHaveText(/^\d+ of 25$/);
  const share = await first.locator('.stop-share').textContent();
  const reporting = Number(share.split(' ')[0]);
  expect(reporting).toBeGreaterThan(0);
  await expect(first).toContainText(`reported by ${reporting} of 25 sources`);
  await expect(app.locator('.dot-key')).toContainText('bar');

  // The rest on demand; a source hidden beyond the twentieth keeps its chip when collapsed.
  await more.click();
  await expect(chips).toHaveCount(25);
  await expect(app.getByRole('button', { name: 'Fewer sources' })).toHaveAttribute('aria-expanded', 'true');
  await chips.nth(22).click();
  await expect(chips.nth(22)).toHaveAttribute('aria-pressed', 'false');
  await app.getByRole('button', { name: 'Fewer sources' }).click();
  await expect(chips).toHaveCount(21);
  await expect(chips.last()).toHaveAttribute('aria-pressed', 'false');
  await expect(chips.last()).toContainText('23 ');
  // Counts follow the sources shown: 24 now.
  await expect(first.locator('.stop-share')).toHaveText(/ of 24$/);

  // At each width: nothing overflows, no serious accessibility violation, a screenshot.
  for (const width of [320, 375, 1280]) {
    await app.setViewportSize({ width, height: 900 });
    await app.screenshot({ path: path.join(root, `tests/e2e/screenshots/${test.info().project.name}-many-sources-${width}.png`), fullPage: true });
    expect(await app.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `at ${width} px`).toBeLessThanOrEqual(0);
    expect(await seriousViolations(app)).toEqual([]);
  }
});

test('twenty-five sources that differ: three claims of each value, the rest one tap away', async ({ app }) => {
  await importFiles(app, files());
  await expect(app.locator('.notice.done')).toContainText(/with 25 articles/, { timeout: 30_000 });
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 30_000 });
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  // The first stop whose sources differ.
  await stopItems(app).filter({ hasText: 'sources differ' }).first().getByRole('button').click();
  const dispute = app.locator('.stop-detail .dispute').first();
  const more = dispute.getByRole('button', { name: /^\d+ more sources? says? “/ });
  expect(await more.count()).toBeGreaterThan(0);
  // Each value: at most three claims before its "N more" line; the lines add up to the whole.
  const shownBefore = await dispute.locator('.claim').count();
  const hidden = (await more.allTextContents()).reduce((n, t) => n + Number(t.split(' ')[0]), 0);
  await more.first().click();
  await expect(dispute.locator('.claim')).toHaveCount(shownBefore + hidden);
  await expect(dispute.getByRole('button', { name: 'Show 3 of each' })).toHaveAttribute('aria-expanded', 'true');
  await dispute.getByRole('button', { name: 'Show 3 of each' }).click();
  await expect(dispute.locator('.claim')).toHaveCount(shownBefore);
});
