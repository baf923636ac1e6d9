// The trip's data (#13): the JSON imports back as an equal trip and matches its committed schema
// (docs/export.schema.json, checked with ajv); the GeoJSON passes @placemarkio/check-geojson
// (RFC 7946); the CSV parses (csv-parse) with the trip's stop and source counts.
import { test, expect, root } from './fixtures.js';
import { importXi, importFiles, stopItems } from './trips.js';
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import fs from 'node:fs';
import path from 'node:path';

/** Clicks a download button in the Share · export view; the file's path and text. */
async function download(page, name, info) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  const file = info.outputPath(`${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return { file, name: d.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

const toExport = (page) => page.getByRole('button', { name: 'Share · export', exact: true }).click();

test('JSON, GeoJSON and CSV of an edited dev-set trip: valid, and the JSON imports back as an equal trip', async ({ app }, info) => {
  await importXi(app);
  // An edit, so the round trip carries one.
  await app.locator('#trip-traveller').fill('Xi Jinping');
  await app.locator('#trip-traveller').press('Enter');
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
  await app.getByRole('button', { name: 'Trip', exact: true }).click();
  const places = await stopItems(app).locator('.stop-name').allTextContents();
  const sources = await app.locator('.source-filter .chip').count();
  expect(sources).toBe(6);
  await toExport(app);

  const json = await download(app, 'Download JSON', info);
  expect(json.name).toBe('your-trip-1.json');
  const exported = JSON.parse(json.text);
  expect(exported.tourlens_trip).toBe(1);
  expect(exported.edits.traveller).toBe('Xi Jinping');
  expect(exported.analysis.stops.length).toBe(places.length);
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'docs/export.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const valid = ajv.validate(schema, exported);
  expect(ajv.errors ?? [], 'the export matches docs/export.schema.json').toEqual([]);
  expect(valid).toBe(true);

  const geo = await download(app, 'Download GeoJSON', info);
  expect(geo.name).toBe('your-trip-1.geojson');
  const collection = check(geo.text); // throws on anything RFC 7946 does not allow
  const points = collection.features.filter((f) => f.geometry.type === 'Point');
  expect(points.map((f) => f.properties.name)).toEqual(places);
  expect(points.every((f) => f.properties.source_count === sources)).toBe(true);
  const route = collection.features.find((f) => f.properties.kind === 'route' && !f.properties.onward);
  expect(route.geometry.type).toBe('LineString');

  const csv = await download(app, 'Download CSV', info);
  expect(csv.name).toBe('your-trip-1.csv');
  const rows = parse(csv.text, { bom: true, relax_column_count: false });
  const [header, ...records] = rows;
  expect((header.length - 8) / 2).toBe(sources);
  expect(header.filter((h) => h.endsWith(': words'))).toHaveLength(sources);
  expect(records.filter((r) => r[0] === 'stop').map((r) => r[2])).toEqual(places);
  expect(records.filter((r) => r[0] === 'discrepancy')).toHaveLength(exported.analysis.discrepancies.length);
  // No cell a spreadsheet would run as a formula.
  expect(rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);

  // The JSON imported back: the same trip, the same analysis.
  await importFiles(app, [json.file]);
  await expect(app.locator('.notice.done')).toContainText('New trip “Your trip 1” with 6 articles');
  await expect(app.locator('.progress')).toHaveCount(0, { timeout: 20_000 });
  await toExport(app);
  const again = JSON.parse((await download(app, 'Download JSON', info)).text);
  expect(again).toEqual(exported);
});

test('the bundled trip exports too, and the CSV keeps article text that starts like a formula as text', async ({ app }, info) => {
  await toExport(app);
  const csv = await download(app, 'Download CSV', info);
  const rows = parse(csv.text, { bom: true });
  expect(rows.filter((r) => r[0] === 'stop')).toHaveLength(7);
  // Sputnik's site furniture begins "- Sputnik International": written as text, with a quote mark.
  const cells = rows.flat();
  expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  const geo = await download(app, 'Download GeoJSON', info);
  const collection = check(geo.text);
  const onward = collection.features.filter((f) => f.properties.kind === 'route' && f.properties.onward);
  expect(onward).toHaveLength(1);
});
