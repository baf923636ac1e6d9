// Edits (#11): each kind of correction, then a reload: still applied; "back to the engine's
// result" (or the edit's own undo) removes it. Stop edits are recorded and kept by the app;
// whether the engine applies them is checked separately and marked fixme until it does.
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

/** Each stop edit as the user makes it, and the words the list of edits gives it. */
const stopEdits = [
  ['not a stop', async (app, name) => app.getByRole('button', { name: `${name} is not a stop` }).click(), (name) => `${name}`, 'is not a stop'],
  ['merge', async (app, name, other) => {
    await app.getByRole('button', { name: `More edits of ${name}` }).click();
    await app.getByRole('button', { name: `Merge ${name} into ${other}` }).click();
  }, () => '', 'merged into'],
  ['split a city off', async (app, name) => {
    await app.getByRole('button', { name: `More edits of ${name}` }).click();
    await app.getByLabel('Split a city off').fill('Tarbes');
    await app.getByLabel('Split a city off').press('Enter');
    await app.getByRole('button', { name: 'Split off' }).click();
  }, () => 'Tarbes split off', ''],
  ['move down', async (app, name) => app.getByRole('button', { name: `Move ${name} down` }).click(), () => 'Order:', ''],
  ['set place', async (app, name) => {
    await app.getByRole('button', { name: `More edits of ${name}` }).click();
    await app.getByLabel('Set its place').fill('tarbes');
    await app.getByRole('list', { name: 'Places found' }).getByRole('button', { name: /^Tarbes/ }).first().click();
  }, () => 'is at Tarbes', ''],
  ['set days', async (app, name) => {
    await app.getByRole('button', { name: `More edits of ${name}` }).click();
    await app.getByLabel('First day').fill('2024-05-06');
    await app.getByLabel('Last day').fill('2024-05-07');
    await app.getByRole('button', { name: 'Set days' }).click();
  }, () => 'took 6–7 May 2024', ''],
  ['add a stop', async (app) => {
    await app.getByLabel('Where').fill('tarbes');
    await app.locator('.add-stop').getByRole('list', { name: 'Places found' }).getByRole('button', { name: /^Tarbes/ }).first().click();
  }, () => 'Tarbes added as a stop', ''],
];

for (const [kind, make, words, more] of stopEdits) {
  test(`stop edit "${kind}": recorded, kept after a reload, undone`, async ({ app }) => {
    await xiTrip(app);
    const names = await app.locator('.stop-edit .se-name').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    const name = names[0].replace(/^\S+\s/, '').replace(/ · .*$/, '');
    const other = names[1].replace(/^\S+\s/, '').replace(/ · .*$/, '');
    await make(app, name, other);
    const log = app.locator('ol.edit-log li');
    await expect(log).toHaveCount(1);
    await expect(log).toContainText(words(name));
    if (more) await expect(log).toContainText(more);
    await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
    await app.reload();
    await openTrips(app);
    await expect(log).toHaveCount(1);
    await expect(log).toContainText(words(name));
    await expect(app.locator('h1.trip-title .edited-tag')).toHaveText('edited');
    await log.getByRole('button', { name: /^Undo: / }).click();
    await expect(log).toHaveCount(0);
    await app.reload();
    await openTrips(app);
    await expect(log).toHaveCount(0);
  });
}

// The engine does not apply Edits.stops yet (crates/engine: analyze_with applies the traveller
// only; the owner is implementing StopEdit). When it does, remove fixme: each edit must change
// the stops shown and mark the stop edited.
test.fixme('stop edits are applied by the engine: "not a stop" removes the stop, marked edits show', async ({ app }) => {
  await xiTrip(app);
  const before = await app.locator('.stop-edit').count();
  const name = (await app.locator('.stop-edit .se-name').first().textContent()).replace(/^\S+\s/, '').replace(/ · .*$/, '');
  await app.getByRole('button', { name: `${name} is not a stop` }).click();
  await expect(app.locator('.stop-edit')).toHaveCount(before - 1, { timeout: 20_000 });
  await app.getByRole('button', { name: 'Move', exact: false }).first().click();
  await expect(app.locator('.stop-edit.edited')).not.toHaveCount(0, { timeout: 20_000 });
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  await expect(stopItems(app)).toHaveCount(before - 1);
});
