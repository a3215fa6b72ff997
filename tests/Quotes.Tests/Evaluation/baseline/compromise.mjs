// Baseline for docs/plugins/quotes.md: compromise's nlp(text).quotations() against ../labels.json.
// Set-up: npm ci (in this folder). Run: node compromise.mjs [--set heldout|heldout2] [--verbose] [--json out.json]
import fs from 'node:fs'
import path from 'node:path'
import nlp from 'compromise'

const setIdx = process.argv.indexOf('--set')
const EVAL = path.join(path.dirname(new URL(import.meta.url).pathname), '..', setIdx > 0 ? process.argv[setIdx + 1] : '.')
const labels = JSON.parse(fs.readFileSync(path.join(EVAL, 'labels.json'), 'utf8'))
const verbose = process.argv.includes('--verbose')
const jsonOutIdx = process.argv.indexOf('--json')

const pkg = JSON.parse(fs.readFileSync(new URL('./node_modules/compromise/package.json', import.meta.url), 'utf8'))

// opening mark per label style (used only to locate the gold quote in the text)
const OPEN = {
  'curly-double': '\u201C', 'straight-double': '"', german: '\u201E',
  guillemets: '\u00AB', 'curly-single': '\u2018', 'straight-single': "'",
}
// any quotation-mark-like char (stripped from the ends of a compromise span before comparing)
const MARKS = '"\'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB\u2039\u203A\u2E42\uFF02`\u00B4'
const EDGE = new RegExp('^[\\s' + MARKS + ']+')
const ws = s => s.replace(/\s+/g, ' ').trim()
const stripLead = s => ws(s).replace(EDGE, '')

// closing mark for the styles whose close char is not also an apostrophe (end check only)
const CLOSE = { 'curly-double': '\u201D', 'straight-double': '"', german: '\u201C', guillemets: '\u00BB' }
const core = s => ws(s).replace(EDGE, '').replace(new RegExp('[\\s' + MARKS + '.,;:!?]+$'), '')
const endTally = {}
const singleFound = []
const markOf = q => (q.note.split(';').map(s => s.trim()).find(s => s.startsWith('mark:')) || 'mark:?').slice(5)

const tally = () => ({ n: 0, text: 0, offset: 0 })
const total = tally()
const byMark = {}, byKind = {}, byTag = {}
let returned = 0, correctText = 0, correctOffset = 0, returnedOnUnbalanced = 0
let speakersLabelled = 0
const misses = [], falseHits = [], perArticle = []
const quoteViewMethods = new Set()

for (const art of labels.articles) {
  const text = fs.readFileSync(path.join(EVAL, 'articles', art.file), 'utf8')
  const doc = nlp(text)
  const qv = doc.quotations()
  // collect the methods the Quotations view adds (to check for anything speaker-like)
  Object.getOwnPropertyNames(Object.getPrototypeOf(qv)).forEach(m => quoteViewMethods.add(m))
  const out = qv.json({ offset: true, terms: false, text: true })
  const got = out.map(o => ({
    raw: o.text,
    stripped: stripLead(o.text),
    wordStart: o.offset.start, // offset of the first term = first char after the opening mark
    used: false,
  }))
  returned += got.length
  let artFound = 0

  for (const q of art.quotes) {
    const mark = markOf(q)
    if (q.speaker !== null) speakersLabelled++
    const tags = q.note.split(';').map(s => s.trim().split(':')[0]).filter(t => ['nested-outer', 'nested-inner', 'multi-paragraph', 'headline'].includes(t))
    const open = OPEN[mark]
    const at = text.indexOf(open + q.start)
    if (at < 0) throw new Error(`label not located: ${art.file}: ${open}${q.start}`)
    const goldWordStart = at + open.length
    const want = ws(q.start)
    const hitText = got.find(g => g.stripped.startsWith(want))
    const hitOff = got.find(g => g.wordStart === goldWordStart)
    if (hitText) hitText.used = true
    if (hitOff) hitOff.usedOff = true
    for (const t of [total, byMark[mark] ??= tally(), byKind[q.kind] ??= tally(), ...tags.map(t => byTag[t] ??= tally())]) {
      t.n++; if (hitText) t.text++; if (hitOff) t.offset++
    }
    if (hitText) {
      const et = endTally[mark] ??= { checked: 0, exact: 0, wrong: [] }
      if (CLOSE[mark]) {
        const close = text.indexOf(CLOSE[mark], goldWordStart)
        const gold = core(text.slice(goldWordStart, close))
        et.checked++
        if (core(hitText.raw) === gold) et.exact++
        else et.wrong.push({ file: art.file, gold: gold.slice(0, 80), got: core(hitText.raw).slice(0, 80) })
      } else singleFound.push({ file: art.file, mark, got: hitText.raw })
    }
    if (hitText) artFound++
    else misses.push({ file: art.file, mark, kind: q.kind, start: q.start, tags: tags.join(',') })
  }
  for (const g of got) {
    if (g.used) correctText++
    if (g.usedOff) correctOffset++
    if (!g.used) {
      const unb = (art.unbalanced || []).some(u => g.stripped.startsWith(ws(u)))
      if (unb) returnedOnUnbalanced++
      falseHits.push({ file: art.file, text: g.raw, unbalanced: unb })
    }
  }
  perArticle.push({ file: art.file, labelled: art.quotes.length, returned: got.length, found: artFound })
}

const pct = (a, b) => b ? (100 * a / b).toFixed(1) + '%' : 'n/a'
console.log(`compromise ${pkg.version}, node ${process.version}`)
console.log(`labelled quotes: ${total.n}; compromise quotations returned: ${returned}`)
console.log(`recall (text-start rule):  ${total.text}/${total.n} = ${pct(total.text, total.n)}`)
console.log(`recall (offset rule):      ${total.offset}/${total.n} = ${pct(total.offset, total.n)}`)
console.log(`precision (text-start):    ${correctText}/${returned} = ${pct(correctText, returned)}`)
console.log(`precision (offset):        ${correctOffset}/${returned} = ${pct(correctOffset, returned)}`)
console.log(`false hits starting at a labelled unbalanced mark: ${returnedOnUnbalanced}`)
console.log('\nper mark style (text rule / offset rule):')
for (const [k, v] of Object.entries(byMark)) console.log(`  ${k.padEnd(16)} ${v.text}/${v.n} = ${pct(v.text, v.n)}   (offset ${v.offset}/${v.n})`)
console.log('\nspan end check for found quotes (styles with an unambiguous closing mark; gold = text up to the first closing mark):')
for (const [k, v] of Object.entries(endTally)) if (v.checked) console.log(`  ${k.padEnd(16)} same end ${v.exact}/${v.checked}` + v.wrong.map(w => `\n      [${w.file.slice(0, 2)}] gold ${JSON.stringify(w.gold)} | got ${JSON.stringify(w.got)}`).join(''))
console.log('\nper kind:')
for (const [k, v] of Object.entries(byKind)) console.log(`  ${k.padEnd(16)} ${v.text}/${v.n} = ${pct(v.text, v.n)}`)
console.log('\nper structure tag:')
for (const [k, v] of Object.entries(byTag)) console.log(`  ${k.padEnd(16)} ${v.text}/${v.n} = ${pct(v.text, v.n)}`)
console.log('\nper article (labelled / returned / found):')
for (const a of perArticle) console.log(`  ${a.file.padEnd(36)} ${a.labelled} / ${a.returned} / ${a.found}`)
console.log(`\nspeaker: labels with a non-null speaker: ${speakersLabelled}; compromise speakers given: 0 (Quotations view methods: ${[...quoteViewMethods].join(', ')})`)
if (verbose) {
  console.log('\nMISSES:'); for (const m of misses) console.log(`  [${m.file.slice(0, 2)} ${m.mark} ${m.kind}${m.tags ? ' ' + m.tags : ''}] ${m.start}`)
  console.log('\nFOUND SINGLE-QUOTE SPANS (check ends by eye):'); for (const f of singleFound) console.log(`  [${f.file.slice(0, 2)} ${f.mark}] ${JSON.stringify(f.got)}`)
  console.log('\nFALSE HITS:'); for (const f of falseHits) console.log(`  [${f.file.slice(0, 2)}${f.unbalanced ? ' unbalanced' : ''}] ${JSON.stringify(f.text.length > 120 ? f.text.slice(0, 120) + '…' : f.text)}`)
}
if (jsonOutIdx > 0) fs.writeFileSync(process.argv[jsonOutIdx + 1], JSON.stringify({ version: pkg.version, total, returned, correctText, correctOffset, byMark, byKind, byTag, perArticle, misses, falseHits, endTally, singleFound }, null, 1))
