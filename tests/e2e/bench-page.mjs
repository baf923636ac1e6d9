// Page benchmark (run by `cargo xtask bench-page`): opens each single-file page given on the
// command line in headless Chromium and prints medians and p95 of
//   load      navigation start → the stop list on screen (7 fresh loads)
//   cold load the same, each in a browser just started (8 loads: nothing of the page cached or
//             compiled; what someone double-clicking the file waits for)
//   select    click on a stop in the list → the next paint with its accounts
//   keystroke a key typed in the search box → the next paint with counts and marks updated
//   floor     an attribute set on the page → the next paint, timed the same way (the wait for a
//             frame that every figure above includes)
// "The next paint" is taken as a requestAnimationFrame callback followed by a task, after the
// DOM has changed. Timings come from the page's own performance.now().
//   read-analysis  reading the analysis the build made of the page's corpus, during load (the
//             User Timing measure "tourlens:read-analysis" the page records); or, in a page whose
//             build could not make it, "prepare" (the engine reading its gazetteer and word lists)
//             and "analyze" (its analysis of the corpus)
//   engine    the engine in the page (dist/'s wasm, in a worker, through the export the page's
//             analysis worker calls) analysing the page's corpus, warm, beside compromise 14.17 + compromise-dates 3.9
//             (npm, this folder's node_modules) run in the same Chromium on the same texts:
//             people, places, organisations, dates, numbers and quotations of every article.
//             Printed as medians and p95 over the loads, and their ratio (compromise / engine).
// Then, on the first page, the import benchmark (#11), 5 runs in fresh browser contexts:
//   import    200 articles (~1 MB: the bundled five, 40 copies with their numbers varied) chosen
//             in "Your trips" → the new trip's stops on screen (the trip's stop list)
//   typing    a key typed in the search box every 40 ms while that import runs → next paint
// printed as the median over runs of each run's figure (import time; keystroke p95); once with
// the files chosen as the import screen opens, once two seconds later (a file dialog's time).
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';

const pages = process.argv.slice(2);
const { bundled } = await import('./shared.js');
// The corpus each page carries: the bundled five, or (the synthetic page) copies of them with
// their figures varied exactly as src/synthetic.rs varies them.
const corpus = (articles) => {
  const base = bundled().map((a) => a.text);
  const copies = Math.max(1, Math.round(articles / base.length));
  if (copies === 1) return base;
  const out = [];
  for (let i = 0; i < copies; i++) base.forEach((t) => out.push(t.replaceAll('10,000', `${10 + i},000`)));
  return out;
};
// Their browser builds (UMD: window.nlp, window.compromiseDates), by path: neither package
// exports its builds/ folder to a resolver.
const here = new URL('.', import.meta.url).pathname;
const compromiseBuilds = [`${here}node_modules/compromise/builds/compromise.js`,
  `${here}node_modules/compromise-dates/builds/compromise-dates.min.js`];
if (pages.length === 0) {
  console.error('usage: node bench-page.mjs PAGE.html...');
  process.exit(2);
}
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const browser = await chromium.launch({ executablePath: process.env.TOURLENS_CHROMIUM ?? '/usr/bin/chromium', args });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
};
const show = (name, xs) => {
  const { n, median, p95, max } = stats(xs);
  console.log(`  ${name.padEnd(10)} n=${String(n).padStart(3)}  median ${median.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms  max ${max.toFixed(1).padStart(7)} ms`);
};

// In the page: time from an event to the next paint after the DOM changes.
const probe = () => {
  window.__times = [];
  window.__mark = () => {
    const t0 = performance.now();
    const done = () => requestAnimationFrame(() => setTimeout(() => window.__times.push(performance.now() - t0), 0));
    const obs = new MutationObserver(() => { obs.disconnect(); done(); });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  document.addEventListener('keydown', (e) => { if (e.target.id === 'search-input') window.__mark(); }, true);
  document.addEventListener('pointerdown', (e) => { if (e.target.closest('.stop-button')) window.__mark(); }, true);
};

// Engine against compromise: dist/ (the shipped build) served on a local port, the engine's
// wasm run in a worker through its own export (`tourlens_analyze`, as the page's analysis worker
// runs it: JSON in, JSON out), compromise's browser builds on the page; same texts, same
// Chromium. Each does `warm` untimed passes first (the engine's first reads its data; the wasm
// and the JS are tiered up by the JIT over the first passes), then `passes` timed ones.
const http = await import('node:http');
const fsp = await import('node:fs');
const pathm = await import('node:path');
const dist = pathm.dirname(pages[0]);
const glue = fsp.readdirSync(dist).find((f) => /^tourlens-[0-9a-f]+\.js$/.test(f));
const wasm = fsp.readdirSync(dist).find((f) => /^tourlens-[0-9a-f]+_bg\.wasm$/.test(f));
const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };
const server = http.createServer((req, res) => {
  const name = pathm.basename(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = pathm.join(dist, name);
  if (name === 'blank.html') { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<!doctype html><title>bench</title>'); return; }
  if (!name || !fsp.existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[pathm.extname(name)] ?? 'application/octet-stream' });
  fsp.createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

async function engineAgainstCompromise(texts, warm, passes) {
  const page = await browser.newPage();
  await page.goto(`${origin}/blank.html`);
  const engine = await page.evaluate(async ({ texts, passes, glue, wasm }) => {
    const src = `import init, { tourlens_analyze } from ${JSON.stringify(glue)};
      self.onmessage = async (e) => {
        await init({ module_or_path: ${JSON.stringify(wasm)} });
        const job = JSON.stringify({ articles: e.data.texts.map((text, i) => ({ id: 'a' + i, text })) });
        const times = [];
        for (let k = 0; k < e.data.passes; k++) {
          const t0 = performance.now();
          const out = tourlens_analyze(job);
          times.push(performance.now() - t0);
          if (!out.startsWith('{"ok"')) { self.postMessage({ failed: out.slice(0, 300) }); return; }
        }
        self.postMessage({ times });
      };`;
    const worker = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })), { type: 'module' });
    const answer = await new Promise((ok) => { worker.onmessage = (e) => ok(e.data); worker.onerror = (e) => ok({ failed: String(e.message) }); worker.postMessage({ texts, passes }); });
    worker.terminate();
    return answer;
  }, { texts, passes: warm + passes, glue: `${origin}/${glue}`, wasm: `${origin}/${wasm}` });
  if (engine.failed) throw new Error(`the engine failed in the page: ${engine.failed}`);
  for (const path of compromiseBuilds) await page.addScriptTag({ path });
  const compromise = await page.evaluate(({ texts, passes }) => {
    const nlp = window.nlp;
    nlp.plugin(window.compromiseDates);
    const pass = () => {
      const t0 = performance.now();
      for (const text of texts) {
        const doc = nlp(text);
        doc.people().json(); doc.places().json(); doc.organizations().json();
        doc.dates().json(); doc.numbers().json(); doc.quotations().json();
      }
      return performance.now() - t0;
    };
    return Array.from({ length: passes }, pass);
  }, { texts, passes: warm + passes });
  await page.close();
  return { first: engine.times[0], engine: engine.times.slice(warm), compromise: compromise.slice(warm) };
}

// TOURLENS_BENCH_IMPORT=only runs the import benchmark alone.
for (const file of process.env.TOURLENS_BENCH_IMPORT === 'only' ? [] : pages) {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const loads = [];
  // The page's own User Timing measures (src/timing.rs): the bundled trip's analysis is read
  // from what the build made, or (if it could not be) the engine prepares and analyses.
  const measures = { 'read-analysis': [], prepare: [], analyze: [] };
  for (let i = 0; i < 7; i++) {
    await page.goto('about:blank');
    await page.goto(url);
    await page.locator('.stop-list li').first().waitFor();
    loads.push(await page.evaluate(() => performance.now()));
    for (const name of Object.keys(measures)) {
      const took = await page.evaluate((n) => performance.getEntriesByName(`tourlens:${n}`).map((e) => e.duration).pop(), name);
      if (took !== undefined) measures[name].push(took);
    }
  }
  // "6 stops, then onward to Japan · 5 sources" (above twenty sources not every chip is drawn).
  const articles = Number((await page.locator('.trip-summary').textContent()).match(/(\d+) sources?$/)[1]);
  const bytes = (await import('node:fs')).statSync(file).size;
  console.log(`${file}  (${articles} articles, page ${(bytes / 1024).toFixed(0)} KB)`);
  show('load', loads);
  const cold = [];
  for (let i = 0; i < 8; i++) {
    const fresh = await chromium.launch({ executablePath: process.env.TOURLENS_CHROMIUM ?? '/usr/bin/chromium', args });
    const p = await fresh.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(url);
    await p.locator('.stop-list li').first().waitFor();
    cold.push(await p.evaluate(() => performance.now()));
    await fresh.close();
  }
  show('cold load', cold);
  for (const [name, times] of Object.entries(measures)) if (times.length) show(name, times);
  const texts = corpus(articles);
  const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
  // compromise takes ~10 s a pass over the 1 MB corpus: fewer passes there. Over the bundled
  // five, fifteen untimed passes each: the engine's wasm reaches its steady speed by the twelfth
  // (V8 runs it first in its baseline compiler), and compromise's JIT is given as many.
  const [warm, passes] = texts.length > 20 ? [1, 3] : [15, 15];
  const { first, engine, compromise } = await engineAgainstCompromise(texts, warm, passes);
  console.log(`  engine and compromise on the same ${texts.length} texts (${kb.toFixed(0)} KB), ${passes} passes after ${warm} untimed; the engine's first pass ${first.toFixed(1)} ms`);
  show('engine', engine);
  show('compromise', compromise);
  const ratio = (stats(compromise).median / stats(engine).median).toFixed(1);
  console.log(`  ratio      compromise / engine, medians: ${ratio}x`);

  await page.evaluate(probe);
  const stops = page.locator('.stop-button');
  const count = await stops.count();
  // Each click selects another stop than the one shown (the first is selected on load).
  let clicks = 0;
  for (let round = 0; round < 3; round++) {
    for (let k = 1; k <= count; k++) {
      const i = k % count;
      await stops.nth(i).hover();
      await page.waitForTimeout(50);
      await stops.nth(i).click();
      clicks++;
      await page.waitForFunction((n) => window.__times.length >= n, clicks);
    }
  }
  show('select', await page.evaluate(() => window.__times));

  await page.evaluate(() => { window.__times = []; });
  const box = page.locator('#search-input');
  const words = ['ceasefire', 'hostages', 'erdogan', 'humanitarian'];
  let typed = 0;
  for (const word of words) {
    await box.fill('');
    await page.waitForTimeout(100);
    for (const ch of word) {
      await box.press(ch === ' ' ? 'Space' : ch);
      typed++;
      await page.waitForFunction((n) => window.__times.length >= n, typed, { timeout: 10_000 }).catch(() => {});
    }
  }
  show('keystroke', await page.evaluate(() => window.__times));

  // The probe's floor: a change that costs nothing (one attribute), timed the same way. What
  // select and keystroke add to it is the page's work; the floor is waiting for the next frame.
  await page.evaluate(async () => {
    window.__times = [];
    for (let n = 0; n < 40; n++) {
      window.__mark();
      document.body.dataset.benchFloor = String(n);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  });
  show('floor', await page.evaluate(() => window.__times));
  if (errors.length) console.log('  page errors:', errors);
  await page.close();
}

// The import benchmark (TOURLENS_BENCH_IMPORT=0 skips it).
if (process.env.TOURLENS_BENCH_IMPORT !== '0') {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourlens-import-'));
  const per = bundled().length;
  const files = corpus(40 * per).map((text, n) => {
    const f = path.join(dir, `copy${Math.floor(n / per) + 1}-${(n % per) + 1}.txt`);
    fs.writeFileSync(f, text);
    return f;
  });
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const url = pathToFileURL(pages[0]).href;
  // Twice: the files chosen at once (dropped on the page), and two seconds after the import
  // screen opens, as a reader takes to choose them in the file dialog.
  for (const pick of [0, 2000]) {
  const imports = [];
  const typingP95 = [];
  const typingAll = [];
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('.stop-list li').first().waitFor();
    await page.getByRole('button', { name: 'New trip · import your articles' }).click();
    await page.waitForTimeout(pick);
    await page.evaluate(probe);
    await page.evaluate(() => { window.__times = []; window.__t0 = performance.now(); });
    await page.locator('#import-files').setInputFiles(files);
    const done = page.waitForFunction(() => document.querySelector('.notice.done') && !document.querySelector('.progress')
      && document.querySelectorAll('.stop-edit').length > 0, null, { timeout: 120_000, polling: 'raf' })
      .then(() => page.evaluate(() => performance.now() - window.__t0));
    let finished = false;
    done.then(() => { finished = true; });
    const box = page.locator('#search-input');
    const word = 'ceasefire hostages erdogan humanitarian ';
    let typed = 0;
    while (!finished) {
      await box.press(word[typed % word.length] === ' ' ? 'Space' : word[typed % word.length]);
      typed++;
      await page.waitForTimeout(40);
    }
    imports.push(await done);
    const times = await page.evaluate(() => window.__times);
    typingAll.push(...times);
    typingP95.push(stats(times).p95);
    await context.close();
  }
  const median = (xs) => stats(xs).median;
  console.log(`import of ${files.length} articles (${(bytes / 1024).toFixed(0)} KB) into a new trip, 5 runs, files chosen ${pick / 1000} s after the import screen opened`);
  console.log(`  import     median ${median(imports).toFixed(0).padStart(7)} ms  (runs: ${imports.map((x) => x.toFixed(0)).join(', ')})`);
  console.log(`  typing     p95 median over runs ${median(typingP95).toFixed(1)} ms  (runs: ${typingP95.map((x) => x.toFixed(1)).join(', ')})`);
  show('typing', typingAll);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
server.close();
await browser.close();
