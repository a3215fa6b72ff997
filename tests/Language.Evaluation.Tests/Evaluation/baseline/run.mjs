#!/usr/bin/env node
// Baseline runner: runs two reference language detectors (lingua via WebAssembly, franc)
// on the held-out evaluation sets and reports per-language accuracy and throughput.
//
// Usage: node run.mjs [evaluation-dir] > results.json
//   evaluation-dir defaults to the parent folder of this script (../).
//   Every sub-folder (except 'baseline', 'node_modules' and hidden ones) holding <code>.txt files
//   is a set; each file holds one sample per line (UTF-8), <code> is ISO 639-1.
// JSON goes to stdout; progress and Markdown tables go to stderr.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

// The 41 languages of the project, ISO 639-1, in report order.
const LANGS = ('en es de fr pt it nl ru uk bg pl cs sk sl hr sr bs ro hu el tr sv da no fi et lv lt ' +
  'ca id ms vi ar fa he hi bn th zh ja ko').split(' ');

// lingua: ISO 639-1 codes to build with ('no' = Bokmal + Nynorsk), and answer name -> project code.
const LINGUA_CODES = LANGS.flatMap((c) => (c === 'no' ? ['nb', 'nn'] : [c]));
const LINGUA_NAMES = {
  English: 'en', Spanish: 'es', German: 'de', French: 'fr', Portuguese: 'pt', Italian: 'it',
  Dutch: 'nl', Russian: 'ru', Ukrainian: 'uk', Bulgarian: 'bg', Polish: 'pl', Czech: 'cs',
  Slovak: 'sk', Slovene: 'sl', Croatian: 'hr', Serbian: 'sr', Bosnian: 'bs', Romanian: 'ro',
  Hungarian: 'hu', Greek: 'el', Turkish: 'tr', Swedish: 'sv', Danish: 'da', Bokmal: 'no',
  Nynorsk: 'no', Finnish: 'fi', Estonian: 'et', Latvian: 'lv', Lithuanian: 'lt', Catalan: 'ca',
  Indonesian: 'id', Malay: 'ms', Vietnamese: 'vi', Arabic: 'ar', Persian: 'fa', Hebrew: 'he',
  Hindi: 'hi', Bengali: 'bn', Thai: 'th', Chinese: 'zh', Japanese: 'ja', Korean: 'ko',
};

// franc: the ISO 639-3 codes franc 6 uses for these languages (checked against franc's data.js /
// expressions.js at start-up). el th zh ja ko bn are detected by script alone, he by a
// one-language Hebrew trigram model.
const FRANC_CODES = {
  eng: 'en', spa: 'es', deu: 'de', fra: 'fr', por: 'pt', ita: 'it', nld: 'nl', rus: 'ru',
  ukr: 'uk', bul: 'bg', pol: 'pl', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr',
  bos: 'bs', ron: 'ro', hun: 'hu', ell: 'el', tur: 'tr', swe: 'sv', dan: 'da', nob: 'no',
  nno: 'no', fin: 'fi', ekk: 'et', lvs: 'lv', lit: 'lt', cat: 'ca', ind: 'id', zlm: 'ms',
  vie: 'vi', arb: 'ar', pes: 'fa', heb: 'he', hin: 'hi', ben: 'bn', tha: 'th', cmn: 'zh',
  jpn: 'ja', kor: 'ko',
};

const log = (...a) => process.stderr.write(a.join(' ') + '\n');
const fail = (msg) => { log('error: ' + msg); process.exit(1); };

// ---------------------------------------------------------------- sets
const evalDir = path.resolve(process.argv[2] ?? path.join(here, '..'));
let entries;
try { entries = readdirSync(evalDir).sort(); } catch (e) { fail(`cannot read ${evalDir}: ${e.message}`); }

const sets = []; // {name, langs: [{code, samples: string[]}]}
for (const name of entries) {
  if (name === 'baseline' || name === 'node_modules' || name.startsWith('.')) continue;
  const dir = path.join(evalDir, name);
  if (!statSync(dir).isDirectory()) continue;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  if (files.length === 0) continue;
  const langs = [];
  for (const f of files) {
    const code = f.slice(0, -4);
    if (!LANGS.includes(code)) { log(`warning: ${name}/${f}: '${code}' is not one of the 41 languages, skipped`); continue; }
    const text = readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '');
    const samples = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
    if (samples.length === 0) { log(`warning: ${name}/${f} has no samples, skipped`); continue; }
    langs.push({ code, samples });
  }
  langs.sort((a, b) => LANGS.indexOf(a.code) - LANGS.indexOf(b.code));
  if (langs.length) sets.push({ name, langs });
}
if (sets.length === 0) fail(`no set folders with <code>.txt files under ${evalDir}`);
log(`evaluation dir: ${evalDir}`);
for (const s of sets) log(`  set ${s.name}: ${s.langs.length} languages, ${s.langs.reduce((n, l) => n + l.samples.length, 0)} samples`);

// ---------------------------------------------------------------- detectors
const pkgVersion = (name) =>
  JSON.parse(readFileSync(path.join(here, 'node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;

// franc: load = time of the dynamic import (module evaluation builds its trigram tables).
let t0 = performance.now();
const { franc } = await import('franc');
const francLoadMs = performance.now() - t0;
{
  const { data } = await import('franc/data.js');
  const { expressions } = await import('franc/expressions.js');
  const known = new Set(Object.keys(expressions));
  for (const script of Object.values(data)) for (const c of Object.keys(script)) known.add(c);
  const missing = Object.keys(FRANC_CODES).filter((c) => !known.has(c));
  if (missing.length) fail(`franc does not know: ${missing.join(' ')}`);
}
const francOptions = { only: Object.keys(FRANC_CODES), minLength: 1 };
const francDetect = (text) => {
  const r = franc(text, francOptions);
  return r === 'und' ? null : (FRANC_CODES[r] ?? `?${r}`);
};

// lingua: load = require (WebAssembly compile) + preloaded build of the 42 models.
const rssBefore = process.memoryUsage().rss;
t0 = performance.now();
const { LanguageDetectorBuilder } = require('@bluzzi/lingua');
const linguaRequireMs = performance.now() - t0;
t0 = performance.now();
const lingua = LanguageDetectorBuilder.fromISOCodes6391(LINGUA_CODES).withPreloadedLanguageModels().build();
const linguaBuildMs = performance.now() - t0;
const linguaRssMb = process.memoryUsage().rss / 1e6;
{
  const names = lingua.computeLanguageConfidenceValues('language detection').map((x) => x.language);
  const unknown = names.filter((n) => !(n in LINGUA_NAMES));
  if (unknown.length || names.length !== LINGUA_CODES.length)
    fail(`lingua languages mismatch: got ${names.length} (${unknown.join(' ')} unmapped)`);
}
const linguaDetect = (text) => {
  const r = lingua.detectLanguageOf(text);
  return r === undefined || r === null ? null : (LINGUA_NAMES[r] ?? `?${r}`);
};

const detectors = [
  {
    id: 'lingua', detect: linguaDetect,
    info: {
      package: '@bluzzi/lingua', version: pkgVersion('@bluzzi/lingua'), license: 'Apache-2.0',
      mode: 'high accuracy, preloaded models, 42 models (nb+nn reported as no)',
      loadMs: round(linguaRequireMs + linguaBuildMs, 1),
      loadDetail: { requireMs: round(linguaRequireMs, 1), buildMs: round(linguaBuildMs, 1) },
      rssMbAfterLoad: round(linguaRssMb, 0), rssMbAddedByLoad: round(linguaRssMb - rssBefore / 1e6, 0),
    },
  },
  {
    id: 'franc', detect: francDetect,
    info: {
      package: 'franc', version: pkgVersion('franc'), license: 'MIT',
      mode: `only: ${Object.keys(FRANC_CODES).length} ISO 639-3 codes, minLength 1`,
      loadMs: round(francLoadMs, 1),
      codes: FRANC_CODES,
    },
  },
];
log(`lingua ${detectors[0].info.version}: load ${detectors[0].info.loadMs} ms (require ${round(linguaRequireMs, 0)} + build ${round(linguaBuildMs, 0)}), RSS ${round(linguaRssMb, 0)} MB`);
log(`franc ${detectors[1].info.version}: load (import) ${detectors[1].info.loadMs} ms`);

function round(x, d) { const f = 10 ** d; return Math.round(x * f) / f; }

// ---------------------------------------------------------------- pass 1: accuracy (also warms up)
const output = { detectors: {} };
for (const det of detectors) {
  const setsOut = {};
  const summary = {};
  for (const set of sets) {
    const perLang = {};
    for (const { code, samples } of set.langs) {
      const r = { samples: samples.length, correct: 0, undetermined: 0, accuracy: 0, confusions: {} };
      for (const s of samples) {
        const got = det.detect(s);
        if (got === code) r.correct++;
        else if (got === null) r.undetermined++;
        else r.confusions[got] = (r.confusions[got] ?? 0) + 1;
      }
      r.accuracy = round(r.correct / r.samples, 4);
      r.confusions = Object.fromEntries(Object.entries(r.confusions).sort((a, b) => b[1] - a[1]));
      perLang[code] = r;
    }
    setsOut[set.name] = perLang;
    const rs = Object.values(perLang);
    summary[set.name] = {
      languages: rs.length,
      samples: rs.reduce((n, r) => n + r.samples, 0),
      correct: rs.reduce((n, r) => n + r.correct, 0),
      undetermined: rs.reduce((n, r) => n + r.undetermined, 0),
      meanAccuracy: round(rs.reduce((n, r) => n + r.correct / r.samples, 0) / rs.length, 4),
    };
    log(`  ${det.id} ${set.name}: mean accuracy ${(summary[set.name].meanAccuracy * 100).toFixed(1)} %`);
  }
  output.detectors[det.id] = { ...det.info, sets: setsOut, summary, throughput: null };
}

// ---------------------------------------------------------------- pass 2: timed (warm)
const utf8 = new TextEncoder();
const setSize = sets.map((set) => {
  let samples = 0, chars = 0, bytes = 0;
  for (const { samples: ss } of set.langs) for (const s of ss) {
    samples++; chars += [...s].length; bytes += utf8.encode(s).length;
  }
  return { samples, chars, bytes };
});
let sink = 0;
for (const det of detectors) {
  const perSet = {};
  let totalMs = 0;
  sets.forEach((set, i) => {
    const start = performance.now();
    for (const { samples } of set.langs) for (const s of samples) if (det.detect(s) !== null) sink++;
    const ms = performance.now() - start;
    totalMs += ms;
    perSet[set.name] = rate(setSize[i], ms);
  });
  const total = setSize.reduce((a, b) => ({ samples: a.samples + b.samples, chars: a.chars + b.chars, bytes: a.bytes + b.bytes }));
  output.detectors[det.id].throughput = {
    unit: 'MB/s = UTF-8 bytes / 1e6 per second of detection time; chars = Unicode code points; second (warm) pass, single thread',
    ...rate(total, totalMs), sets: perSet,
  };
  const t = output.detectors[det.id].throughput;
  log(`  ${det.id} throughput: ${t.mbPerSec} MB/s, ${t.samplesPerSec} samples/s (${t.ms} ms for ${t.samples} samples)`);
}
function rate({ samples, chars, bytes }, ms) {
  const s = ms / 1000;
  return {
    samples, chars, bytes, ms: round(ms, 1),
    mbPerSec: round(bytes / 1e6 / s, 4), charsPerSec: Math.round(chars / s), samplesPerSec: Math.round(samples / s),
  };
}
if (sink < 0) log(sink);

output.meta = {
  evaluationDir: evalDir,
  generated: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  languages: LANGS,
  notes: 'accuracy = correct / samples (undetermined counts as wrong); confusions = answers other than the ' +
    'expected code (undetermined answers are counted only in undetermined), so correct + undetermined + ' +
    'sum(confusions) = samples; lingua Bokmal/Nynorsk and franc nob/nno are both reported as no.',
};

// ---------------------------------------------------------------- Markdown tables to stderr
const pct = (x) => (x * 100).toFixed(1);
for (const set of sets) {
  log(`\n### ${set.name}\n`);
  log('| language | n | lingua % | franc % |');
  log('|---|---:|---:|---:|');
  for (const { code, samples } of set.langs) {
    const l = output.detectors.lingua.sets[set.name][code];
    const f = output.detectors.franc.sets[set.name][code];
    log(`| ${code} | ${samples.length} | ${pct(l.accuracy)} | ${pct(f.accuracy)} |`);
  }
  log(`| **mean** | ${output.detectors.lingua.summary[set.name].samples} | **${pct(output.detectors.lingua.summary[set.name].meanAccuracy)}** | **${pct(output.detectors.franc.summary[set.name].meanAccuracy)}** |`);
}
log('\n### throughput (warm, UTF-8 MB/s | samples/s) and load\n');
log('| detector | MB/s | samples/s | load ms |');
log('|---|---:|---:|---:|');
for (const det of detectors) {
  const o = output.detectors[det.id];
  log(`| ${det.id} ${o.version} | ${o.throughput.mbPerSec} | ${o.throughput.samplesPerSec} | ${o.loadMs} |`);
}

process.stdout.write(JSON.stringify(output, null, 2) + '\n');
