// Explorer journeys: open → the map shows the stops in order → select a stop on the map → the
// list and the side-by-side accounts follow → switch to an article and back → a deep link
// restores the view → all of it by keyboard. axe-core on every view; screenshots at 320, 375
// and 1280 px, light and dark, of every view.
import { test, expect, root, seriousViolations, seedsTruth } from './fixtures.js';
import fs from 'node:fs';
import path from 'node:path';

const truth = seedsTruth();
const stops = truth.stops;
const made = stops.filter((s) => !s.onward);

const stopList = (page) => page.getByRole('region', { name: /Stops/ }).getByRole('listitem');

test('opens on the trip: the stops in order in the list and on the map, with the route', async ({ app }) => {
  await expect(stopList(app)).toHaveCount(stops.length);
  for (const [i, s] of stops.entries()) {
    await expect(stopList(app).nth(i)).toContainText(s.place);
  }
  // Markers carry the order and the place for screen readers, in trip order.
  const labels = await app.locator('g.marker').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
  const names = made.map((s, i) => `${i + 1} ${s.place}:`);
  for (const n of names) expect(labels.some((l) => l.startsWith(n)), n).toBe(true);
  // One leg between consecutive stops, except between stops so close that their markers stand
  // side by side in a row in trip order (1 2 3); and a dashed onward leg that leaves the frame.
  const centres = await app.locator('g.marker:not(.onward)').evaluateAll((gs) => gs.map((g) => {
    const c = g.querySelector('circle:not(.hit-halo):not(.differs-ring)');
    return [Number(g.getAttribute('aria-label').split(' ')[0]), +c.getAttribute('cx'), +c.getAttribute('cy')];
  }).sort((a, b) => a[0] - b[0]));
  expect(centres.length).toBe(made.length);
  let legs = 0;
  for (let i = 1; i < centres.length; i++) {
    const [, x0, y0] = centres[i - 1];
    const [, x1, y1] = centres[i];
    if (Math.hypot(x1 - x0, y1 - y0) >= 38) legs++;
    else expect([x0 < x1, Math.abs(y0 - y1) < 1], `stops ${i} and ${i + 1} in a row`).toEqual([true, true]);
  }
  expect(legs).toBeGreaterThan(0);
  await expect(app.locator('path.leg:not(.onward)')).toHaveCount(legs);
  await expect(app.locator('path.leg.onward')).toHaveCount(stops.length - made.length);
  await expect(app.locator('text.exit-label')).toHaveText('Japan →');
  // The first stop is selected and its accounts are shown, one column per source.
  await expect(app.locator('#accounts-heading')).toContainText(stops[0].place);
  await expect(app.locator('article.account')).toHaveCount(5);
});

test('selecting a stop on the map selects it in the list and shows each source side by side', async ({ app }) => {
  const cyprus = stops.find((s) => s.place === 'Cyprus');
  await app.locator('g.marker[aria-label^="4 Cyprus"]').click();
  await expect(stopList(app).filter({ hasText: 'Cyprus' }).getByRole('button')).toHaveAttribute('aria-current', 'true');
  await expect(app.locator('g.marker[aria-label^="4 Cyprus"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.locator('#accounts-heading')).toContainText('Cyprus');
  // Covered by exactly the fixture's sources; the others say so.
  const columns = app.locator('article.account');
  await expect(columns).toHaveCount(5);
  await expect(app.locator('article.account.uncovered')).toHaveCount(5 - cyprus.mentioned_by.length);
  await expect(app.locator('article.account.uncovered').first()).toContainText('Not covered by this source.');
  const sputnik = columns.filter({ hasText: 'Sputnik International' });
  await expect(sputnik).toContainText('An unannounced visit to Cyprus was next');
  await expect(sputnik).toContainText('Nikos Christodoulides');
  // And the other way: the list selects on the map.
  await stopList(app).filter({ hasText: 'Baghdad' }).getByRole('button').click();
  await expect(app.locator('g.marker[aria-label^="5 Baghdad"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.locator('#accounts-heading')).toContainText('Baghdad');
});

test('hovering a stop in the list highlights it on the map', async ({ app }) => {
  await stopList(app).filter({ hasText: 'Amman' }).getByRole('button').hover();
  await expect(app.locator('g.marker.hovered')).toHaveAttribute('aria-label', /^2 Amman/);
});

test('a sentence opens the article at it, and back returns to the stop', async ({ app }) => {
  await app.locator('g.marker[aria-label^="4 Cyprus"]').click();
  const sputnik = app.locator('article.account', { hasText: 'Sputnik International' });
  await sputnik.locator('li', { hasText: 'An unannounced visit to Cyprus' }).getByRole('button', { name: /in the article/ }).click();
  const reader = app.getByRole('region', { name: 'Article' });
  await expect(reader.getByRole('heading', { level: 2 })).toContainText('Diplomatic Push');
  await expect(app.locator('#focus')).toContainText('An unannounced visit to Cyprus');
  await expect(app.locator('#focus')).toBeInViewport();
  await app.goBack();
  await expect(app.locator('#accounts-heading')).toContainText('Cyprus');
  await app.goForward();
  await expect(reader.getByRole('heading', { level: 2 })).toContainText('Diplomatic Push');
});

test('a deep link restores the view, also after a reload', async ({ app, entry }) => {
  await app.goto(entry + '#view=compare&stop=4&hide=2');
  await expect(app.getByRole('button', { name: 'Compare', exact: true })).toHaveAttribute('aria-current', 'page');
  const matrix = app.locator('table.matrix');
  await expect(matrix.locator('thead th')).toHaveCount(1 + 4); // stop column + the four sources shown
  await expect(matrix.locator('tr.selected')).toContainText('Cyprus');
  await app.reload();
  await expect(matrix.locator('thead th')).toHaveCount(1 + 4);
  await expect(app.getByRole('button', { name: /2 Unknown outlet/ })).toHaveAttribute('aria-pressed', 'false');
  // Trip view with a stop selected.
  await app.goto(entry + '#view=trip&stop=6');
  await expect(app.locator('#accounts-heading')).toContainText('Ankara');
  expect(await app.evaluate(() => location.hash)).toBe('#view=trip&stop=6');
});

test('the compare view lists the discrepancies with each source wording; evidence opens the reader', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click();
  // A figure discrepancy names what it counts.
  const figures = app.locator('.discrepancy', { hasText: 'The Gaza death toll' });
  await expect(figures).toContainText('nearly 10,000 people');
  await expect(figures).toContainText('over 10,000 people');
  await expect(figures).toContainText('At least 9,488 Palestinians');
  const arrival = app.locator('.discrepancy', { hasText: 'arrival in Ankara' });
  await expect(arrival).toContainText('Monday');
  await expect(arrival).toContainText('Sunday');
  await expect(app.locator('.discrepancy', { hasText: 'Jerusalem or Tel Aviv' })).toBeVisible();
  await expect(app.locator('.discrepancy', { hasText: 'Cyprus: reported by 2 of 5' })).toBeVisible();
  // Coverage matrix equals the fixture's mentioned_by.
  const rows = app.locator('table.matrix tbody tr');
  await expect(rows).toHaveCount(stops.length);
  for (const [i, s] of stops.entries()) {
    await expect(rows.nth(i).locator('td.yes')).toHaveCount(s.mentioned_by.length);
  }
  await arrival.getByRole('button', { name: /Show in Sputnik/ }).click();
  await expect(app.locator('#focus')).toContainText('traveled to Turkiye later on Sunday');
});

test('the people & places view counts mentions per source', async ({ app }) => {
  await app.getByRole('button', { name: 'People & places' }).click();
  const people = app.getByRole('region', { name: /^People \(/ });
  const blinken = people.getByRole('row', { name: /Antony Blinken/ });
  await expect(blinken.locator('td.count:not(.zero)')).toHaveCount(5);
  const places = app.getByRole('region', { name: /^Places mentioned, not visited \(/ });
  await expect(places).toContainText('Gaza');
  await expect(places.getByRole('rowheader', { name: 'Amman', exact: true })).toHaveCount(0);
});

test('the map zooms and pans by Ctrl + wheel, drag, double-click and buttons, and fits the trip again', async ({ app }) => {
  const land = app.locator('g.land');
  const transform = () => land.getAttribute('transform');
  const fitted = await transform();
  const box = await app.locator('.map svg.map-overlay').boundingBox();
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.keyboard.down('Control');
  await app.mouse.wheel(0, -400);
  await app.keyboard.up('Control');
  await expect.poll(transform).not.toBe(fitted);
  const zoomed = await transform();
  await app.mouse.down();
  await app.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 5 });
  await app.mouse.up();
  await expect.poll(transform).not.toBe(zoomed);
  await app.getByRole('button', { name: 'Fit trip' }).click();
  await expect.poll(transform).toBe(fitted);
  await app.locator('.map svg.map-overlay').dblclick({ position: { x: box.width / 3, y: box.height / 3 } });
  await expect.poll(transform).not.toBe(fitted);
  await app.getByRole('button', { name: 'Fit trip' }).click();
  await app.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(transform).not.toBe(fitted);
  // The page itself did not scroll with Ctrl + wheel (a plain wheel scrolls it: reader.spec.js).
  expect(await app.evaluate(() => window.scrollY)).toBe(0);
});

test('keyboard only: views, stops, map and evidence', async ({ app }) => {
  // Tab into the view switcher and open Compare.
  const compare = app.getByRole('button', { name: 'Compare', exact: true });
  for (let i = 0; i < 12 && !(await compare.evaluate((b) => b === document.activeElement)); i++) await app.keyboard.press('Tab');
  await expect(compare).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(compare).toHaveAttribute('aria-current', 'page');
  // Back to the trip (Shift+Tab until its button has focus: one press was not always enough on
  // a loaded machine, the view's re-render racing the key); walk to the map and zoom with +,
  // pan with arrows, fit with 0.
  const trip = app.getByRole('button', { name: 'Trip', exact: true });
  for (let i = 0; i < 12 && !(await trip.evaluate((b) => b === document.activeElement)); i++) await app.keyboard.press('Shift+Tab');
  await expect(trip).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(trip).toHaveAttribute('aria-current', 'page');
  const svg = app.locator('.map svg.map-overlay');
  const transform = () => app.locator('g.land').getAttribute('transform');
  for (let i = 0; i < 30 && !(await svg.evaluate((s) => s === document.activeElement)); i++) await app.keyboard.press('Tab');
  await expect(svg).toBeFocused();
  const fitted = await transform();
  await app.keyboard.press('+');
  await expect.poll(transform).not.toBe(fitted);
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('0');
  await expect.poll(transform).toBe(fitted);
  // The next Tab stops reach the markers; Enter selects one.
  await app.keyboard.press('Tab');
  const focused = app.locator('g.marker:focus');
  await expect(focused).toHaveCount(1);
  await app.keyboard.press('Tab');
  await app.keyboard.press('Tab');
  const label = await app.locator('g.marker:focus').getAttribute('aria-label');
  await app.keyboard.press('Enter');
  const place = label.split(':')[0].replace(/^\S+ /, '');
  await expect(app.locator('#accounts-heading')).toContainText(place);
  // On to the first "in context" button and open the article there.
  const first = app.getByRole('button', { name: /in the article/ }).first();
  for (let i = 0; i < 60 && !(await first.evaluate((b) => b === document.activeElement)); i++) await app.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.locator('#focus')).toBeVisible();
});

test('no serious or critical accessibility violation on any view, light and dark', async ({ app, entry }) => {
  for (const scheme of ['light', 'dark']) {
    await app.emulateMedia({ colorScheme: scheme });
    for (const hash of ['#view=trip&stop=4', '#view=trip&stop=1&q=Jerusalem', '#view=compare', '#view=names', '#view=sources', '#view=sources&article=5', '#view=sources&article=3&at=0-40']) {
      await app.goto(entry + hash);
      await expect(app.locator('main#main')).toBeVisible();
      // The explanations one tap away, open.
      await app.evaluate(() => document.querySelectorAll('details.tip').forEach((d) => { d.open = true; }));
      expect(await seriousViolations(app), `${hash} (${scheme})`).toEqual([]);
    }
  }
});

for (const width of [320, 375, 1280]) {
  test(`every view at ${width} px, light and dark: nothing overflows, screenshots written`, async ({ app, entry }, info) => {
    await app.setViewportSize({ width, height: 900 });
    const dir = path.join(root, 'tests/e2e/screenshots');
    for (const scheme of ['light', 'dark']) {
      await app.emulateMedia({ colorScheme: scheme });
      const suffix = scheme === 'dark' ? '-dark' : '';
      for (const [name, hash] of [['trip', '#view=trip&stop=4'], ['trip-differ', '#view=trip&stop=1'], ['compare', '#view=compare'], ['names', '#view=names'], ['article', '#view=sources&article=5']]) {
        await app.goto(entry + hash);
        await expect(app.locator('main#main')).toBeVisible();
        await app.screenshot({ path: path.join(dir, `${info.project.name}-${name}-${width}${suffix}.png`), fullPage: true });
        const overflow = await app.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
        // The map's labels stay inside the map.
        if (name.startsWith('trip')) {
          const outside = await app.locator('text.marker-label').evaluateAll((ts) => {
            const svg = ts[0]?.ownerSVGElement.getBoundingClientRect();
            return ts.filter((t) => {
              const r = t.getBoundingClientRect();
              return r.left < svg.left - 1 || r.right > svg.right + 1 || r.top < svg.top - 1 || r.bottom > svg.bottom + 1;
            }).map((t) => t.textContent);
          });
          expect(outside).toEqual([]);
        }
      }
    }
  });
}

test('inside an iframe (a CMS embed), a deep link restores the view and the page keeps working', async ({ page, entry }, info) => {
  test.skip(info.project.name === 'file', 'a page on about:blank cannot frame a file:// URL; the http project covers the embed');
  await page.setContent(`<iframe title="tourlens" src="${entry}#view=trip&stop=5" style="width:1100px;height:800px;border:0"></iframe>`);
  const frame = page.frameLocator('iframe[title="tourlens"]');
  // The framed page loads and analyses the corpus like any first load (up to a second on a busy
  // 2-core machine): allow it the time.
  await expect(frame.locator('#accounts-heading')).toContainText('Baghdad', { timeout: 20_000 });
  await frame.locator('g.marker[aria-label^="4 Cyprus"]').click();
  await expect(frame.locator('#accounts-heading')).toContainText('Cyprus');
  const hash = await page.frames()[1].evaluate(() => location.hash);
  expect(hash).toContain('stop=4');
});
