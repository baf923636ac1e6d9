// Helpers for the import and edit specs: the dev-set trip's files (read from ../shared/devset,
// never copied into the repository), opening the "Your trips" view, importing files.
import fs from 'node:fs';
import path from 'node:path';
import { expect, sharedDir } from './fixtures.js';

export const devset = path.join(sharedDir(), 'devset/xi-europe-2024-05');
export const xiFiles = () => fs.readdirSync(devset).filter((f) => f.endsWith('.txt')).map((f) => path.join(devset, f));
export const here = (f) => path.join(path.dirname(new URL(import.meta.url).pathname), f);

export async function openTrips(page) {
  const entry = page.getByRole('button', { name: 'New trip · import your articles' });
  const heading = page.getByRole('heading', { name: 'Import articles' });
  // A page just opened may still be starting: wait for one or the other before choosing.
  await expect(entry.or(heading).first()).toBeVisible({ timeout: 15000 });
  if (await entry.isVisible()) await entry.click();
  await expect(heading).toBeVisible();
}

/** Imports files (paths or {name, mimeType, buffer}) into a new trip or the open one. */
export async function importFiles(page, files, into = 'new') {
  await openTrips(page);
  const radio = page.getByRole('radio', { name: into === 'new' ? /a new trip/ : /this trip/ });
  await radio.check();
  // Playwright takes paths or buffers, not both: with a buffer among them, paths are read.
  const mixed = files.some((f) => typeof f !== 'string');
  const list = mixed
    ? files.map((f) => (typeof f === 'string' ? { name: path.basename(f), mimeType: 'text/plain', buffer: fs.readFileSync(f) } : f))
    : files;
  await page.locator('#import-files').setInputFiles(list);
}

/** The stop list's items once the analysis is shown. */
export const stopItems = (page) => page.getByRole('region', { name: /Stops/ }).getByRole('listitem');

export async function importXi(page) {
  await importFiles(page, xiFiles());
  await expect(page.locator('.notice.done')).toContainText(/New trip .* with 6 articles/);
  await expect(page.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
}
