// Hostile input is inert (#11): a saved page and a text file full of XSS payloads (script,
// onerror, javascript: links, SVG, iframe srcdoc, OWASP filter-evasion cases) import as text.
// No dialog, no script runs (a canary global stays unset), no request, no CSP violation.
import { test, expect, foreignRequests } from './fixtures.js';
import { importFiles, here } from './trips.js';

const payloads = [
  '<script>window.__pwned = "txt-script"</script>',
  '<img src=x onerror="window.__pwned=\'txt-img\'">',
  '<a href="javascript:window.__pwned=\'txt-link\'">click</a>',
  '<svg/onload=window.__pwned=\'txt-svg\'>',
  '<iframe srcdoc="<script>parent.__pwned=\'txt-srcdoc\'</script>"></iframe>',
  '"><script>alert(String.fromCharCode(88,83,83))</script>',
  '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">',
  '<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
  '{{constructor.constructor("window.__pwned=\'template\'")()}}',
];
const text = `Minister Halvorsen arrived in Valletta on Friday.\n\n${payloads.join('\n\n')}\n\nHalvorsen met the prime minister in Valletta.`;

test('XSS payloads in a saved page and a text file show as text and do nothing', async ({ app, entry, requests }) => {
  const dialogs = [];
  app.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await app.evaluate(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await importFiles(app, [here('pages/xss.html'), { name: 'payloads.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await expect(app.locator('.notices')).toContainText('with 2 articles');
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
  // Every view that shows article text, and each article in the reader.
  for (const view of ['Trip', 'Compare', 'People & places', 'Articles']) {
    await app.getByRole('button', { name: view, exact: true }).click();
  }
  const sources = app.getByRole('navigation', { name: /Sources/ }).getByRole('button');
  await sources.nth(1).click();
  await expect(app.locator('#reader')).toContainText('<script>window.__pwned = "txt-script"</script>');
  await expect(app.locator('#reader')).toContainText('<svg/onload=');
  await sources.nth(0).click();
  await expect(app.locator('#reader')).toContainText('<SCRIPT>alert("XSS")</SCRIPT>');
  // The page's own metadata payloads (og:title, og:site_name) are text too.
  await expect(app.locator('#reader')).toContainText('<img src=x onerror="window.__pwned=\'og\'">');
  await expect(app.locator('#reader')).toContainText("<svg onload=window.__pwned='site'>");
  await app.getByRole('button', { name: 'Your trips · import' }).click();
  await app.waitForTimeout(500);
  expect(await app.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await app.evaluate(() => window.__violations)).toEqual([]);
  expect(dialogs).toEqual([]);
  // Nothing of the payloads became an element (the page's own head script, which sets the theme
  // from the URL before the wasm starts, is not in the body).
  expect(await app.locator('iframe, object, embed, body script:not([type]), img[onerror], svg[onload]').count()).toBe(0);
  expect(foreignRequests(requests, entry)).toEqual([]);
});
