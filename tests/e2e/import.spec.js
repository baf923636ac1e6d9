// Bring your own trip (#11): import a dev-set trip as a new trip (stops on the map and list, no
// request, kept after a reload, switching trips), the worker started and warmed on the import
// screen, a saved web page's metadata, every bad input named per file with the trip unchanged,
// storage damaged or full.
import { test, expect, foreignRequests } from './fixtures.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFiles, importXi, openTrips, stopItems, here } from './trips.js';

test('a dev-set trip imported as a new trip shows its stops, survives a reload, and trips switch', async ({ app, entry, requests }) => {
  const workers = [];
  app.on('worker', (w) => workers.push(w));
  await importXi(app);
  // Analysed in a worker made from a blob: URL (not on the page's thread), whose glue (the
  // served page's data block, or the single file's own module script) ran and instantiated the
  // page's wasm: the engine answers there.
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.every((w) => w.url().startsWith('blob:'))).toBe(true);
  expect(await workers[0].evaluate(() => { tourlens_prepare(); return typeof tourlens_analyze; })).toBe('function');
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  await expect(app.locator('h1.trip-title')).toContainText('Your trip 1');
  const count = await stopItems(app).count();
  expect(count).toBeGreaterThan(0);
  await expect(app.locator('g.marker')).toHaveCount(count);
  const places = await stopItems(app).locator('.stop-name').allTextContents();
  // The view is written to the URL after the next paint: reload once it is there, or the page
  // comes back (rightly) on the view the URL still named, the import screen.
  await expect(app).toHaveURL(/view=trip/);
  await app.reload();
  await expect(app.locator('h1.trip-title')).toContainText('Your trip 1');
  await expect(stopItems(app)).toHaveCount(count, { timeout: 20_000 });
  expect(await stopItems(app).locator('.stop-name').allTextContents()).toEqual(places);
  // To the bundled trip and back.
  await openTrips(app);
  await app.getByRole('button', { name: /^Open US Secretary|^Open .*Blinken|^Open (?!Your trip)/ }).click();
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  await expect(stopItems(app).first()).toContainText('Tel Aviv');
  await openTrips(app);
  await app.getByRole('button', { name: 'Open Your trip 1' }).click();
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  await expect(stopItems(app)).toHaveCount(count, { timeout: 20_000 });
  expect(await stopItems(app).locator('.stop-name').allTextContents()).toEqual(places);
  expect(foreignRequests(requests, entry)).toEqual([]);
});

test('the analysis worker starts when the import screen opens, warms up, and then imports as at once', async ({ app, entry }) => {
  // A reader only reading never starts it.
  await app.waitForTimeout(500);
  expect(app.workers()).toHaveLength(0);
  await openTrips(app);
  await expect.poll(() => app.workers().length).toBe(1);
  // While the reader chooses files (the worker warms up meanwhile), then the import.
  await app.waitForTimeout(3000);
  await importXi(app);
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  const warmed = await stopItems(app).locator('.stop-name').allTextContents();
  expect(warmed.length).toBeGreaterThan(0);
  // The same stops as a page whose worker had no time to warm.
  const other = await app.context().newPage();
  await other.goto(app.url().split('#')[0]);
  await importXi(other);
  await other.getByRole('button', { name: 'Trip', exact: true }).click();
  expect(await stopItems(other).locator('.stop-name').allTextContents()).toEqual(warmed);
  expect(app.workers()).toHaveLength(1);
  await other.close();
});

test('a saved web page gives headline, outlet and date from its metadata, and loads nothing', async ({ app, entry, requests }) => {
  await importFiles(app, [here('pages/wire-story.html')]);
  await expect(app.locator('.notice.done')).toContainText('with 1 article');
  await app.getByRole('button', { name: 'Articles', exact: true }).click();
  const item = app.getByRole('navigation', { name: /Sources/ }).getByRole('button').first();
  await expect(item).toContainText('The Harbour Ledger');
  await expect(item).toContainText('Minister Halvorsen arrives in Valletta for trade talks');
  await expect(item).toContainText('14 Mar 2025');
  await item.click();
  const reader = app.locator('#reader');
  await expect(reader).toContainText('arrived in Valletta on Friday');
  await expect(reader).not.toContainText('All rights reserved');
  await expect(reader).not.toContainText('Subscribe');
  expect(foreignRequests(requests, entry)).toEqual([]);
});

/** A 50 MB text file (Playwright passes files over 50 MB by path only). */
function hugeFile() {
  const file = path.join(os.tmpdir(), 'tourlens-huge.txt');
  if (!fs.existsSync(file) || fs.statSync(file).size !== 50 * 1024 * 1024) {
    fs.writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 'Minister visits Valletta. '));
  }
  return file;
}

const bad = [
  ['empty.txt', Buffer.alloc(0), 'the file is empty'],
  ['scan.pdf', Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), 'a PDF document, not text'],
  ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), 'a JPEG image, not text'],
  ['huge.txt', hugeFile(), 'too large (50.0 MB'],
  ['broken.json', Buffer.from('[{"headline": "x", "text": "y"}, {"headline": }]'), 'not valid JSON (a syntax error at line 1'],
  ['minutes.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'a ZIP archive'],
  ['table.csv', Buffer.from('a,b\n1,2\n'), 'unsupported type: a .csv file'],
];

test('each bad input is named with its problem and the trip stays as it was', async ({ app }) => {
  const page = { name: 'wire-story.html', mimeType: 'text/html', buffer: fs.readFileSync(here('pages/wire-story.html')) };
  await importFiles(app, [page, { name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from('Halvorsen arrived in Tunis on Sunday.\nHe met business leaders.') }]);
  await expect(app.locator('.notice.done')).toContainText('with 2 articles');
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
  const articles = app.locator('.article-edits li.article-edit');
  await expect(articles).toHaveCount(2);
  for (const [name, content, problem] of bad) {
    const file = typeof content === 'string' ? content : { name, mimeType: 'application/octet-stream', buffer: content };
    await importFiles(app, [file], 'open');
    await expect(app.locator('.notice.problem').first()).toContainText(`${name}: ${problem}`);
    await expect(app.locator('.notice.problem').last()).toContainText('Nothing was added: the trip is as it was.');
    await expect(articles).toHaveCount(2);
  }
  // A duplicate is named with the article it repeats; a new file beside it is still added.
  await importFiles(app, [
    { name: 'again.txt', mimeType: 'text/plain', buffer: Buffer.from('Halvorsen arrived in Tunis on Sunday.\nHe met business leaders.') },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from('Halvorsen left Tunis for Alg\xE9rie on Monday, \x93satisfied\x94.', 'latin1') },
  ], 'open');
  await expect(app.locator('.notice.problem', { hasText: 'again.txt' })).toContainText('again.txt: a duplicate: the same text is already in the trip as “second.txt”');
  await expect(app.locator('.notice.note')).toContainText('latin1.txt: read as Windows-1252 / Latin-1');
  await expect(articles).toHaveCount(3);
  await app.getByRole('button', { name: 'Articles', exact: true }).click();
  await app.getByRole('navigation', { name: /Sources/ }).getByRole('button').last().click();
  await expect(app.locator('#reader')).toContainText('Algérie on Monday, “satisfied”.');
});

test('a damaged store never stops the page: the bundled trip opens with a message', async ({ page, entry }) => {
  await page.goto(entry);
  await page.evaluate(() => {
    localStorage.setItem('tourlens.trip.trip-1', '{"tourlens_trip": 1, "title": "Broken", "articles": [{"id": ');
    localStorage.setItem('tourlens.current', 'trip-1');
  });
  await page.reload();
  await expect(page.locator('.notice.problem')).toContainText('A stored trip (trip-1) is damaged');
  await expect(stopItems(page).first()).toContainText('Tel Aviv');
  // The damaged entry is left as it was.
  expect(await page.evaluate(() => localStorage.getItem('tourlens.trip.trip-1'))).toContain('"Broken"');
});

test('storage full: a clear message, the work stays open, what was stored is kept', async ({ app }) => {
  await importFiles(app, [here('pages/wire-story.html')]);
  await expect(app.locator('.notice.done')).toContainText('with 1 article');
  const stored = await app.evaluate(() => localStorage.getItem('tourlens.trip.trip-1'));
  expect(stored).toContain('Valletta');
  await app.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await importFiles(app, [{ name: 'more.txt', mimeType: 'text/plain', buffer: Buffer.from('Halvorsen flew home to Oslo on Monday.') }], 'open');
  await expect(app.locator('.notice-list .notice.problem')).toContainText("Your trips could not be stored: the browser's storage for this page is full");
  await expect(app.locator('.unsaved')).toContainText("Not stored: the browser's storage for this page is full");
  await expect(app.locator('.article-edits li.article-edit')).toHaveCount(2);
  expect(await app.evaluate(() => localStorage.getItem('tourlens.trip.trip-1'))).toBe(stored);
});

test('a paste, Markdown, a JSON list and a trip export import; trips are copied, renamed and deleted', async ({ app }) => {
  // The bundled trip is copied, not changed.
  await openTrips(app);
  await app.getByRole('button', { name: 'Copy to edit' }).first().click();
  await expect(app.locator('h1.trip-title')).toContainText('Copy of ');
  await expect(app.locator('li.article-edit')).toHaveCount(5);
  // A paste goes into the open trip.
  await app.getByRole('radio', { name: /this trip/ }).check();
  await app.getByLabel('Or paste one article').fill('Minister Halvorsen flew from Valletta to Tunis on Saturday.');
  await app.getByRole('button', { name: 'Add pasted article' }).click();
  await expect(app.locator('.notice.done')).toContainText('1 article added to “Copy of ');
  await expect(app.locator('li.article-edit')).toHaveCount(6);
  // Markdown with front matter, a plain JSON list: a new trip.
  const md = '---\ntitle: Halvorsen in Tunis\noutlet: Maghreb Wire\ndate: 2025-03-16\n---\n\n# Halvorsen in Tunis\n\nThe **minister** arrived in [Tunis](https://x.example) on Sunday.\n';
  const list = JSON.stringify([{ headline: 'Halvorsen home', outlet: 'Oslo Daily', date: '2025-03-17', url: 'https://oslo.example/a', text: 'Halvorsen returned to Oslo on Monday.' }]);
  await importFiles(app, [
    { name: 'tunis.md', mimeType: 'text/markdown', buffer: Buffer.from(md) },
    { name: 'list.json', mimeType: 'application/json', buffer: Buffer.from(list) },
  ]);
  await expect(app.locator('.notice.done')).toContainText('with 2 articles');
  await app.getByRole('button', { name: 'Articles', exact: true }).click();
  const sources = app.getByRole('navigation', { name: /Sources/ }).getByRole('button');
  await expect(sources.first()).toContainText('Maghreb Wire');
  await expect(sources.first()).toContainText('Halvorsen in Tunis');
  await expect(sources.first()).toContainText('16 Mar 2025');
  await expect(sources.nth(1)).toContainText('Oslo Daily');
  // A trip export becomes a trip of its own, title and edits included.
  const exported = JSON.stringify({
    tourlens_trip: 1, title: 'Exported trip',
    articles: [{ id: 'x.txt', text: 'Halvorsen met the president in Tunis on Sunday.', meta: {} }],
    removed: [], edits: { traveller: 'Ola Halvorsen', stops: [] },
  });
  await importFiles(app, [{ name: 'trip.json', mimeType: 'application/json', buffer: Buffer.from(exported) }]);
  await expect(app.locator('h1.trip-title')).toContainText('Exported trip');
  await expect(app.locator('#trip-traveller')).toHaveValue('Ola Halvorsen');
  // Rename, then delete (asked twice); the list follows, after a reload too.
  await app.locator('#trip-title').fill('Renamed trip');
  await app.locator('#trip-title').press('Enter');
  const trips = app.getByRole('region', { name: 'Your trips' }).locator('li.trip-entry');
  await expect(trips).toHaveCount(4);
  await expect(trips.filter({ hasText: 'Renamed trip' })).toHaveCount(1);
  await app.getByRole('button', { name: 'Delete Your trip 2' }).click();
  await app.getByRole('button', { name: 'Really delete Your trip 2' }).click();
  await expect(trips).toHaveCount(3);
  await app.reload();
  await openTrips(app);
  await expect(trips).toHaveCount(3);
  await expect(trips.filter({ hasText: 'Your trip 2' })).toHaveCount(0);
  await expect(app.locator('h1.trip-title')).toContainText('Renamed trip');
});

test('files dropped anywhere on the page are imported, and the page does not navigate', async ({ app, entry }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click();
  await app.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Minister Halvorsen arrived in Valletta on Friday for talks.'], 'dropped.txt', { type: 'text/plain' }));
    dt.items.add(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'dropped.pdf', { type: 'application/pdf' }));
    const target = document.querySelector('main');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect(app.locator('.notice.done')).toContainText('New trip “Your trip 1” with 1 article.');
  await expect(app.locator('.notice.problem')).toContainText('dropped.pdf: a PDF document, not text');
  await expect(app.locator('h1.trip-title')).toContainText('Your trip 1');
  expect(app.url().startsWith(entry)).toBe(true);
});
