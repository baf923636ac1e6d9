// Where the shared material lives (the bundled articles, their fixture, the dev set), for the
// browser tests and the page benchmark: no Playwright here, so plain scripts can import it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared folder (real article text stays there, never in the repository): $TOURLENS_SHARED,
 * else `shared/` beside the repository, else beside the repository this one was cloned from.
 * The same look-up as crates/devset/src/shared.rs.
 */
export function sharedDir() {
  if (process.env.TOURLENS_SHARED) return process.env.TOURLENS_SHARED;
  const beside = (repo) => path.resolve(repo, '../shared');
  if (fs.existsSync(path.join(beside(root), 'articles'))) return beside(root);
  let origin = '';
  try {
    origin = execFileSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8' }).trim();
  } catch { /* not a clone */ }
  origin = origin.replace(/^file:\/\//, '');
  if (path.isAbsolute(origin) && fs.existsSync(path.join(beside(origin), 'articles'))) return beside(origin);
  throw new Error(`no shared folder (with articles/) beside ${root} or its origin; set TOURLENS_SHARED`);
}

/** The expected extraction of the bundled five (shared/fixtures/seeds-truth.json). */
export function seedsTruth() {
  return JSON.parse(fs.readFileSync(path.join(sharedDir(), 'fixtures/seeds-truth.json'), 'utf8'));
}

/** The bundled trip (assets/trip.json) and, for each article, its text and expected values. */
export function bundled() {
  const trip = JSON.parse(fs.readFileSync(path.join(root, 'assets/trip.json'), 'utf8'));
  const truth = seedsTruth();
  return trip.articles.map((a) => ({
    ...a,
    text: fs.readFileSync(path.join(sharedDir(), 'articles', a.file), 'utf8'),
    truth: truth.articles[a.file],
  }));
}
