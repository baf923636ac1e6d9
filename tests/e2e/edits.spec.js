// Edits (#11): each kind of correction, then a reload: still applied; "back to the engine's
// result" (or the edit's own undo) removes it. Stop edits are checked twice: recorded in the
// list of edits, and applied by the engine to the stops shown (marked edited).
import { test, expect } from './fixtures.js';
import { importXi, openTrips, stopItems } from './trips.js';

const edit = (page) => page.getByRole('region', { name: 'Edit this trip' });

async function xiTrip(app) {
  await importXi(app);
  await openTrips(app);
}

test('article metadata: outlet, headline, date and URL edited, kept after a reload, and back', async ({ app }) => {
  await xiTrip(app);
  const first = app.locator('li.article-edit').first();
  await first.getByRole('button', { name: /^Edit / }).click();
  const fields = first.getByRole('group', { name: /Metadata of/ });
  const values = { Outlet: 'Edited Outlet', Headline: 'An edited headline', Date: '2024-05-09', URL: 'https://edited.example/a' };
  for (const [label, value] of Object.entries(values)) {
    const input = fields.getByLabel(label);
    await input.fill(value);
    await input.press('Enter');
    await expect(fields.locator('label', { hasText: label }).locator('.edited-tag')).toHaveText('edited');
  }
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
  await app.reload();
  await app.getByRole('button', { name: 'Articles', exact: true }).click();
  const source = app.getByRole('navigation', { name: /Sources/ }).getByRole('button').first();
  await expect(source).toContainText('Edited Outlet', { timeout: 20_000 });
  await expect(source).toContainText('An edited headline');
  await expect(source).toContainText('9 May 2024');
  await openTrips(app);
  await expect(app.locator('li.article-edit').first().locator('.edited-tag')).toContainText('edited: outlet, headline, date, url');
  await app.locator('li.article-edit').first().getByRole('button', { name: /^Edit / }).click();
  await app.locator('li.article-edit').first().getByRole('button', { name: "Back to the engine's result" }).click();
  await expect(app.locator('li.article-edit').first().locator('.edited-tag')).toHaveCount(0);
  await app.reload();
  await app.getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(app.getByRole('navigation', { name: /Sources/ }).getByRole('button').first()).not.toContainText('Edited Outlet', { timeout: 20_000 });
});

test('remove and restore an article; title and traveller; undo; kept after a reload', async ({ app }) => {
  await xiTrip(app);
  await app.locator('li.article-edit').nth(1).getByRole('button', { name: /^Remove / }).click();
  await expect(app.locator('li.article-edit.removed')).toHaveCount(1);
  await edit(app).getByLabel('Title').fill('Xi in Europe, May 2024');
  await edit(app).getByLabel('Title').press('Enter');
  await edit(app).getByLabel(/Traveller/).fill('Emmanuel Macron');
  await edit(app).getByLabel(/Traveller/).press('Enter');
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
  await app.reload();
  await expect(app.locator('h1.trip-title')).toContainText('Xi in Europe, May 2024');
  await expect(app.locator('h1.trip-title .edited-tag')).toHaveText('edited');
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  await expect(app.locator('.source-filter .chip')).toHaveCount(5, { timeout: 20_000 });
  await openTrips(app);
  await expect(edit(app).getByLabel(/Traveller/)).toHaveValue('Emmanuel Macron');
  await expect(edit(app).locator('label[for=trip-traveller] .edited-tag')).toHaveText('edited');
  await expect(app.locator('li.article-edit.removed')).toHaveCount(1);
  await app.locator('li.article-edit.removed').getByRole('button', { name: /^Restore / }).click();
  await expect(app.locator('li.article-edit.removed')).toHaveCount(0);
  // Undo brings the removal back; back to the engine's result clears the traveller.
  await edit(app).getByRole('button', { name: 'Undo' }).click();
  await expect(app.locator('li.article-edit.removed')).toHaveCount(1);
  await edit(app).getByRole('button', { name: "Back to the engine's result" }).click();
  await expect(edit(app).getByLabel(/Traveller/)).toHaveValue('');
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
  await app.reload();
  await openTrips(app);
  await expect(edit(app).getByLabel(/Traveller/)).toHaveValue('');
  await expect(edit(app).getByLabel(/Traveller/)).toHaveAttribute('placeholder', /found by the engine/, { timeout: 20_000 });
});

/** The stops as the edit screen lists them: name and days, and what of each is edited. */
async function stops(app) {
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
  return app.locator('.stop-edit').evaluateAll((items) => items.map((li) => ({
    name: li.querySelector('.se-name').firstChild.textContent.replace(/^\S+\s/, ''),
    days: li.querySelector('.se-days').textContent.replace(' · ', ''),
    edited: li.querySelector('.edited-tag')?.textContent ?? '',
  })));
}

/** Each stop edit as the user makes it, the words the list of edits gives it, and what it
 * does to the stops (before, after, the stop names it was made on). */
const stopEdits = [
  ['not a stop', async (app, name) => app.getByRole('button', { name: `${name} is not a stop` }).click(), (name) => `${name}`, 'is not a stop',
    (before, after, name) => { expect(after.map((s) => s.name)).not.toContain(name); expect(after.length).toBe(before.length - 1); }],
  ['merge', async (app, name, other) => {
    await app.getByRole('button', { name: `More edits of ${name}` }).click();
    await app.getByRole('button', { name: `Merge ${name} into ${other}` }).click();
  }, () => '', 'merged into',
    (before, after, name, other) => {
      expect(after.map((s) => s.name)).not.toContain(name);
      expect(after.find((s) => s.name === other)?.edited).toContain('merged');
    }],
  ['split a city off', async (app, name) => {
    await app.getByRole('button', { name: `More edits of ${name}` }).click();
    await app.getByLabel('Split a city off').fill('Tarbes');
    await app.getByLabel('Split a city off').press('Enter');
    await app.getByRole('button', { name: 'Split off' }).click();
  }, () => 'Tarbes split off', '',
    // No article puts the traveller in Tarbes: the engine says so, and the page shows it.
    async (before, after, name, other, app) => {
      await expect(app.locator('.engine-note')).toContainText(`Not applied: Tarbes split off ${name}: no source puts the traveller in Tarbes there`);
      expect(after).toEqual(before);
    }],
  ['move down', async (app, name) => app.getByRole('button', { name: `Move ${name} down` }).click(), () => 'Order:', '',
    (before, after) => {
      expect(after.slice(0, 2).map((s) => s.name)).toEqual([before[1].name, before[0].name]);
      expect(after[1].edited).toContain('order');
    }],
  ['set place', async (app, name) => {
    await app.getByRole('button', { name: `More edits of ${name}` }).click();
    await app.getByLabel('Set its place').fill('tarbes');
    await app.getByRole('list', { name: 'Places found' }).getByRole('button', { name: /^Tarbes/ }).first().click();
  }, () => 'is at Tarbes', '',
    (before, after) => { expect(after[0].name).toBe('Tarbes'); expect(after[0].edited).toContain('place'); }],
  ['set days', async (app, name) => {
    await app.getByRole('button', { name: `More edits of ${name}` }).click();
    await app.getByLabel('First day').fill('2024-05-06');
    await app.getByLabel('Last day').fill('2024-05-07');
    await app.getByRole('button', { name: 'Set days' }).click();
  }, () => 'took 6–7 May 2024', '',
    (before, after) => { expect(after[0].days).toBe('6–7 May 2024'); expect(after[0].edited).toContain('days'); }],
  ['add a stop', async (app) => {
    await app.getByLabel('Where').fill('tarbes');
    await app.locator('.add-stop').getByRole('list', { name: 'Places found' }).getByRole('button', { name: /^Tarbes/ }).first().click();
  }, () => 'Tarbes added as a stop', '',
    (before, after) => { expect(after.length).toBe(before.length + 1); expect(after.find((s) => s.name === 'Tarbes')?.edited).toContain('added'); }],
];

for (const [kind, make, words, more, applied] of stopEdits) {
  test(`stop edit "${kind}": recorded, applied, kept after a reload, undone`, async ({ app }) => {
    await xiTrip(app);
    const before = await stops(app);
    expect(before.length).toBeGreaterThan(1);
    const [name, other] = [before[0].name, before[1].name];
    await make(app, name, other);
    const log = app.locator('ol.edit-log li');
    await expect(log).toHaveCount(1);
    await expect(log).toContainText(words(name));
    if (more) await expect(log).toContainText(more);
    await applied(before, await stops(app), name, other, app);
    await app.reload();
    await openTrips(app);
    await expect(log).toHaveCount(1);
    await expect(log).toContainText(words(name));
    await expect(app.locator('h1.trip-title .edited-tag')).toHaveText('edited');
    await applied(before, await stops(app), name, other, app);
    // The trip view marks it too (a stop removed or an edit not applied leaves none to mark).
    if (kind !== 'not a stop' && kind !== 'split a city off') {
      await app.getByRole('button', { name: 'Trip', exact: true }).click();
      await expect(stopItems(app).locator('.edited-tag').first()).toBeVisible();
      await openTrips(app);
    }
    await log.getByRole('button', { name: /^Undo: / }).click();
    await expect(log).toHaveCount(0);
    await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
    await expect(app.locator('.stop-edit .edited-tag')).toHaveCount(0);
    await expect(app.locator('.engine-note')).toHaveCount(0);
    await app.reload();
    await openTrips(app);
    await expect(log).toHaveCount(0);
    expect(await stops(app)).toEqual(before);
  });
}
