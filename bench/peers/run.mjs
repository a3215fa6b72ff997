#!/usr/bin/env node
// Runs each peer over the benchmark corpus, one article at a time as PluginHost reads them, and prints one JSON
// line per peer: {"peer", "articles", "bytes", "seconds"}. A slow peer stops after --seconds (default 120) and is
// measured over the articles it finished, so a run of the whole table stays short.
//
// Usage: node run.mjs CORPUS [--seconds S] [--only compromise,franc,lingua]
//   compromise: quotations and numbers of each article (what the Quotes and Numbers plugins find).
//   franc, lingua: the language of each paragraph (what the Language plugin does for each line block).

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const corpus = args[0];
if (!corpus) {
  process.stderr.write('usage: node run.mjs CORPUS [--seconds S] [--only compromise,franc,lingua]\n');
  process.exit(2);
}

const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const limitSeconds = Number(option('--seconds', '120'));
const only = option('--only', 'compromise,franc,lingua').split(',');
if (!(limitSeconds > 0) || only.some((name) => !['compromise', 'franc', 'lingua'].includes(name))) {
  process.stderr.write('error: --seconds takes a number above 0 and --only a list of compromise, franc, lingua\n');
  process.exit(2);
}

const files = [];
const walk = (folder) => {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.txt')) files.push(full);
  }
};
walk(corpus);

const paragraphs = (text) => text.split(/\n\s*\n/).filter((p) => p.trim().length > 0);

const peers = {
  compromise: async () => {
    const nlp = (await import('compromise')).default;
    return (text) => {
      const doc = nlp(text);
      return doc.quotations().out('array').length + doc.numbers().json().length;
    };
  },
  franc: async () => {
    const { franc } = await import('franc');
    return (text) => paragraphs(text).map((p) => franc(p)).length;
  },
  lingua: async () => {
    const { LanguageDetectorBuilder } = require('@bluzzi/lingua');
    const detector = LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels().build();
    return (text) => paragraphs(text).map((p) => detector.detectLanguageOf(p)).length;
  },
};

for (const name of only) {
  const run = await peers[name]();
  let articles = 0;
  let bytes = 0;
  let sink = 0;
  const start = performance.now();
  for (const file of files) {
    const raw = readFileSync(file);
    sink += run(raw.toString('utf8'));
    articles++;
    bytes += raw.length;
    if ((performance.now() - start) / 1000 > limitSeconds) break;
  }

  const seconds = (performance.now() - start) / 1000;
  process.stdout.write(JSON.stringify({ peer: name, articles, bytes, seconds: Number(seconds.toFixed(3)), results: sink }) + '\n');
}
