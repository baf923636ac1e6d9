// The embed (#13): a host page (a CMS story, on another origin) with the code the Embed panel
// gives, and one that loads pym.js (from npm) with its own embed markup: the iframe grows and
// shrinks to the page's content height as the reader switches views and opens an account, and
// the framed page never scrolls, at 375 and 1280 px. The http project only: a web page cannot
// frame a file:// page, so the file project skips these (counted as skipped).
import { test, expect, hostPage } from './fixtures.js';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pym = fs.readFileSync(path.join(here, 'node_modules/pym.js/dist/pym.v1.min.js'), 'utf8');

/** The code the Embed panel gives for this page (its own address), and pym.js's markup. */
async function embedCode(app) {
  await app.getByRole('button', { name: 'Share · export', exact: true }).click();
  return {
    snippet: await app.locator('#embed-code').inputValue(),
    pymMarkup: await app.locator('#embed-pym').inputValue(),
  };
}

const story = (embed) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A CMS story</title></head>
<body style="margin:0;font-family:serif"><main style="max-width:60rem;margin:0 auto;padding:0 8px">
<h1>Xi in Europe: the stops</h1><p>Our reporters followed the tour.</p>
${embed}
<p id="after">Text after the embed.</p></main></body></html>`;

/** The iframe's height and the framed page's content and scroll sizes. */
async function sizes(page, iframe) {
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle()).contentFrame();
  const inner = await frame.evaluate(() => {
    const r = document.documentElement;
    return {
      content: Math.ceil(r.getBoundingClientRect().height),
      scrolls: r.scrollHeight > r.clientHeight || r.scrollWidth > r.clientWidth,
    };
  });
  return { outer, ...inner };
}

/** Waits until the iframe is exactly as tall as its content (±1 px) and does not scroll. */
async function settled(page, iframe) {
  await expect.poll(async () => {
    const s = await sizes(page, iframe);
    return Math.abs(s.outer - s.content) <= 1 && !s.scrolls;
  }, { timeout: 15_000 }).toBe(true);
  return (await sizes(page, iframe)).outer;
}

for (const host of ['snippet', 'pym.js']) {
  for (const width of [375, 1280]) {
    test(`a host page with ${host === 'snippet' ? 'the provided snippet' : 'pym.js'} at ${width} px sizes the iframe to the page, which never scrolls`, async ({ app, page }, info) => {
      test.skip(info.project.name === 'file', 'a web page cannot frame a file:// page; the http project embeds the served page');
      const { snippet, pymMarkup } = await embedCode(app);
      expect(snippet).toMatch(/^<iframe data-tourlens src="http:\/\/127\.0\.0\.1:\d+\/embeds\/tourlens\/#view=trip" title="[^"]+" loading="lazy" width="100%"/);
      const embed = host === 'snippet' ? snippet : `${pymMarkup}<script>${pym}</script>`;
      await page.setViewportSize({ width, height: 800 });
      const cms = await hostPage(story(embed));
      await page.goto(cms.url);
      const iframe = page.locator(host === 'snippet' ? 'iframe[data-tourlens]' : 'div[data-pym-src] iframe');
      await expect(iframe).toHaveAttribute('title', /the stops and each source's account/);
      const frame = page.frameLocator(host === 'snippet' ? 'iframe[data-tourlens]' : 'div[data-pym-src] iframe');
      await expect(frame.locator('#accounts-heading')).toBeVisible({ timeout: 20_000 });
      const heights = [await settled(page, iframe)];
      // Views of other heights, then back; then an account opened.
      await frame.getByRole('button', { name: 'People & places', exact: true }).click();
      heights.push(await settled(page, iframe));
      await frame.getByRole('button', { name: 'Articles', exact: true }).click();
      heights.push(await settled(page, iframe));
      await frame.getByRole('button', { name: 'Trip', exact: true }).click();
      heights.push(await settled(page, iframe));
      await frame.locator('.stop-button').nth(1).click();
      heights.push(await settled(page, iframe));
      const more = frame.locator('details.more-sentences > summary').first();
      if (await more.count()) {
        const before = heights.at(-1);
        await more.click();
        const after = await settled(page, iframe);
        expect(after, 'opening an account grows the iframe').toBeGreaterThan(before);
        heights.push(after);
      }
      const steps = heights.slice(1).map((h, i) => h - heights[i]);
      expect(steps.some((d) => d > 0), `it grows: ${heights}`).toBe(true);
      expect(steps.some((d) => d < 0), `and shrinks: ${heights}`).toBe(true);
      // The host page flows around it: its text after the iframe sits below the iframe's height.
      const [frameBox, after] = [await iframe.boundingBox(), await page.locator('#after').boundingBox()];
      expect(after.y).toBeGreaterThanOrEqual(frameBox.y + frameBox.height - 1);
      // Nothing overflows sideways in the host either.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await cms.close();
    });
  }
}

test('the embed panel\'s options shape the code, and its preview is sized by the height the page tells', async ({ app }, info) => {
  test.skip(info.project.name === 'file', 'the preview frames this page, which a file:// page cannot offer');
  await app.getByRole('button', { name: 'Share · export', exact: true }).click();
  await app.getByLabel('Theme').selectOption('dark');
  await app.getByRole('checkbox', { name: 'header (brand and title)' }).uncheck();
  await app.getByLabel('Opens at').selectOption('compare');
  await app.getByLabel('Stop selected').selectOption({ index: 4 });
  await app.getByLabel('Search for').fill('Hamas');
  await app.getByLabel('Search for').press('Tab');
  const code = await app.locator('#embed-code').inputValue();
  expect(code).toContain('/embeds/tourlens/?theme=dark&amp;header=off#view=compare&amp;stop=4&amp;q=Hamas"');
  await app.getByRole('button', { name: 'Show preview' }).click();
  const preview = app.frameLocator('iframe.preview');
  await expect(preview.locator('table.matrix')).toBeVisible({ timeout: 20_000 });
  await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(preview.locator('.brand')).toHaveCount(0);
  await expect(app.getByText(/^height told: \d+ px$/)).toBeVisible();
  const told = Number((await app.getByText(/^height told:/).textContent()).match(/\d+/)[0]);
  await expect.poll(() => app.locator('iframe.preview').evaluate((f) => f.getBoundingClientRect().height)).toBe(told);
});
