// Baseline for the Numbers plugin: compromise's nlp(text).numbers() measured on ../labels.json with the rules of
// NumbersEvaluationTests.cs (span overlap; value within 1e-6 relative + 1e-3 absolute).
// Set-up: npm ci (in this folder). Run: node compromise.mjs [--verbose] [--json out.json]
//
// What is read from compromise:
//  - matches: doc.numbers(). doc.percentages(), doc.money() and doc.fractions() were also run; every span they
//    return lies inside a numbers() span on this set, so they add no matches (the script counts and prints this).
//  - span: from the term offsets of .json({offset: true, terms: {offset: true}}), first term start to last term
//    end. The match-level offset also covers trailing punctuation ("$2.4 billion." length 13), so it is not used.
//    Offsets are UTF-16 indices, as in .NET; the script checks every term's text against the article slice.
//    A hyphenated token ("2019-2021", "8-10") is split by compromise into the written term plus an empty implicit
//    term for the second number, which compromise puts at zero length after the token; that empty term is given
//    the span of the written token it came from, so both ends of the range can count.
//  - value: number.num from .json() (the same as .get()).
//  - unit: number.unit from .json(), and money().json() money.currency for the money match inside the span.
import fs from 'node:fs'
import path from 'node:path'
import nlp from 'compromise'

const EVAL = path.join(path.dirname(new URL(import.meta.url).pathname), '..')
const labels = JSON.parse(fs.readFileSync(path.join(EVAL, 'labels.json'), 'utf8'))
const verbose = process.argv.includes('--verbose')
const jsonOutIdx = process.argv.indexOf('--json')
const pkg = JSON.parse(fs.readFileSync(new URL('./node_modules/compromise/package.json', import.meta.url), 'utf8'))

const overlap = (a, b) => a.start < b.end && b.start < a.end
const overlapLen = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start)
const close = (expected, actual) => typeof actual === 'number' && Number.isFinite(actual) && Math.abs(expected - actual) <= Math.abs(expected) * 1e-6 + 1e-3
const num = (l, p) => (typeof l[p] === 'number' ? l[p] : null)
const locate = (text, needle, occurrence) => {
  let at = -1
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1)
  if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the article`)
  return { start: at, end: at + needle.length }
}
const allOccurrences = (text, needle) => {
  const out = []
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length })
  return out
}
// compromise unit strings -> label units (only the spellings that occur on this set)
const UNIT = {
  percent: 'percent', '%': 'percent', year: 'year', years: 'year', 'km/h': 'km/h', km: 'kilometre', tonnes: 'tonne',
  hectares: 'hectare', yen: 'JPY', pesos: 'peso', dollar: 'USD', usd: 'USD', eur: 'EUR', gbp: 'GBP', 'jpy/yen': 'JPY',
}

// term spans of one compromise match; implicit empty terms take the span of the written term before them
function spanOf(o, text, check) {
  const spans = []
  let prev = null
  for (const t of o.terms) {
    let s = { start: t.offset.start, end: t.offset.start + t.offset.length }
    if (t.text === '' && t.implicit) {
      s = prev ?? check.prevWritten ?? s
      check.implicit++
    } else {
      check.terms++
      if (text.slice(s.start, s.end) !== t.text) check.bad.push({ text: t.text, slice: text.slice(s.start, s.end) })
      prev = s
      check.prevWritten = s
    }
    spans.push(s)
  }
  return { start: Math.min(...spans.map(s => s.start)), end: Math.max(...spans.map(s => s.end)) }
}

const check = { terms: 0, implicit: 0, bad: [], prevWritten: null }
const extraViews = { percentages: { returned: 0, added: 0 }, money: { returned: 0, added: 0 }, fractions: { returned: 0, added: 0 } }
const T = {
  labelled: 0, found: 0, matchedLabels: 0, matchesOnLabels: 0, valueRight: 0,
  numericMatched: 0, numericRight: 0, names: 0, namesNet: 0, unitGiven: 0, unitRight: 0, unitLabelled: 0,
}
const byKind = {}
const onKind = Object.fromEntries(['year', 'date', 'time'].map(k => [k, { labels: 0, matchedLabels: 0, matches: 0, yearTagged: 0, dateTagged: 0 }]))
const tagged = { Year: 0, Date: 0, YearElsewhere: 0, DateElsewhere: 0 }
const perArticle = [], misses = [], wrongValues = [], falseHits = [], units = []

for (const art of labels.articles) {
  const text = fs.readFileSync(path.join(EVAL, 'articles', art.file), 'utf8')
  const doc = nlp(text)
  check.prevWritten = null
  const matches = doc.numbers().json({ offset: true, terms: { offset: true } }).map(o => {
    const span = spanOf(o, text, check)
    return {
      span, raw: o.text, shown: text.slice(span.start, span.end), value: o.number?.num, unit: o.number?.unit || null,
      yearTag: o.terms.some(t => t.tags?.includes('Year')), dateTag: o.terms.some(t => t.tags?.includes('Date')), tags: [...new Set(o.terms.flatMap(t => t.tags || []))],
    }
  })
  // the other number-like views: count spans outside every numbers() span (none on this set) and take money currency
  for (const [name, view] of [['percentages', doc.percentages()], ['money', doc.money()], ['fractions', doc.fractions()]]) {
    for (const o of view.json({ offset: true, terms: { offset: true } })) {
      const span = spanOf(o, text, { terms: 0, implicit: 0, bad: [], prevWritten: null })
      extraViews[name].returned++
      const host = matches.find(m => overlap(m.span, span))
      if (!host) {
        extraViews[name].added++
        matches.push({ span, raw: o.text, shown: text.slice(span.start, span.end), value: o.number?.num ?? o.money?.num ?? o.fraction?.decimal, unit: null, yearTag: false, dateTag: false, tags: [], from: name })
      } else if (name === 'money' && o.money?.currency && !host.unit) host.unit = o.money.currency
    }
  }
  matches.sort((a, b) => a.span.start - b.span.start)

  const exprs = art.expressions.map(l => ({ l, span: locate(text, l.text, l.occurrence ?? 1) }))
  const namesAll = art.not_quantities.map(n => ({ n, spans: allOccurrences(text, n.text) }))
  const namesFirst = art.not_quantities.map(n => locate(text, n.text, 1))
  const a = { file: art.file, labelled: exprs.length, returned: matches.length, labelsFound: 0, matchesOnLabels: 0, valueRight: 0, names: 0 }

  for (const m of matches) {
    const onLabel = exprs.some(e => overlap(e.span, m.span))
    const name = namesAll.find(x => x.spans.some(s => overlap(s, m.span)))
    if (onLabel) a.matchesOnLabels++
    const onDateLabel = exprs.some(e => ['year', 'date', 'time'].includes(e.l.kind) && overlap(e.span, m.span))
    if (m.yearTag) { tagged.Year++; if (!onDateLabel) tagged.YearElsewhere++ }
    if (m.dateTag) { tagged.Date++; if (!onDateLabel) tagged.DateElsewhere++ }
    if (name) a.names++
    if (!onLabel && namesFirst.some(s => overlap(s, m.span))) T.namesNet++
    if (!onLabel || name) falseHits.push({ file: art.file, shown: m.shown, value: m.value, name: name ? `${name.n.text} (${name.n.why})` : null, onLabel })
  }

  for (const { l, span } of exprs) {
    const k = (byKind[l.kind] ??= { n: 0, matched: 0, valueRight: 0 })
    k.n++
    const over = matches.filter(m => overlap(m.span, span))
    if (onKind[l.kind]) {
      onKind[l.kind].labels++
      onKind[l.kind].matches += over.length
      onKind[l.kind].yearTagged += over.filter(m => m.yearTag).length
      onKind[l.kind].dateTagged += over.filter(m => m.dateTag).length
      if (over.length) onKind[l.kind].matchedLabels++
    }
    if (!over.length) {
      misses.push({ file: art.file, text: l.text, kind: l.kind })
      continue
    }
    k.matched++
    a.labelsFound++
    // best overlap, first (leftmost) on ties, as MaxBy does
    const best = over.reduce((b, m) => (overlapLen(m.span, span) > overlapLen(b.span, span) ? m : b))
    let right, rule
    if (num(l, 'magnitude') !== null) { right = true; rule = 'vague: found' }
    else if (num(l, 'low') !== null) {
      const lo = over.find(m => close(l.low, m.value))
      const hi = over.find(m => m !== lo && close(l.high, m.value))
      right = !!(lo && hi); rule = `low=${l.low} high=${l.high}: got [${over.map(m => m.value).join(', ')}]`
    } else if (num(l, 'value') !== null) { right = close(l.value, best.value); rule = `value=${l.value}: got ${best.value}` }
    else { right = true; rule = `${l.kind}: found` }
    if (num(l, 'value') !== null) { T.numericMatched++; if (right) T.numericRight++ }
    if (right) { a.valueRight++; k.valueRight++ } else wrongValues.push({ file: art.file, text: l.text, kind: l.kind, got: best.shown, rule })
    if (l.unit) T.unitLabelled++
    if (best.unit) {
      T.unitGiven++
      const ok = UNIT[best.unit.toLowerCase()] === l.unit
      if (ok) T.unitRight++
      units.push({ file: art.file, text: l.text, label: l.unit, got: best.unit, ok })
    }
  }
  for (const [key, v] of [['labelled', a.labelled], ['found', a.returned], ['matchedLabels', a.labelsFound], ['matchesOnLabels', a.matchesOnLabels], ['valueRight', a.valueRight], ['names', a.names]]) T[key] += v
  perArticle.push(a)
}

const pct = (x, y) => (y ? ((100 * x) / y).toFixed(1) + '%' : 'n/a')
console.log(`compromise ${pkg.version}, node ${process.version}; matches from doc.numbers()`)
console.log(`offset check: ${check.terms} written terms, ${check.bad.length} whose text differs from the article slice; ${check.implicit} implicit empty terms mapped to their hyphenated token`)
for (const [k, v] of Object.entries(extraViews)) console.log(`  doc.${k}(): ${v.returned} spans, ${v.added} outside every numbers() span (added)`)
console.log(`\nexpressions labelled ${T.labelled}, compromise matches ${T.found}`)
console.log(`recall:         ${T.matchedLabels}/${T.labelled} = ${pct(T.matchedLabels, T.labelled)}`)
console.log(`precision:      ${T.matchesOnLabels}/${T.found} = ${pct(T.matchesOnLabels, T.found)}`)
console.log(`value accuracy: ${T.valueRight}/${T.matchedLabels} = ${pct(T.valueRight, T.matchedLabels)}  (ranges, decades, centuries: both ends as separate matches; vague, date, time: found is right)`)
console.log(`value accuracy, labels with a numeric value only: ${T.numericRight}/${T.numericMatched} = ${pct(T.numericRight, T.numericMatched)}`)
console.log(`names and codes read as quantities: ${T.names} matches overlap a not-quantity (every occurrence); as NumbersEvaluationTests counts them (false alarms only, first occurrence): ${T.namesNet}`)
console.log(`\nper kind (labels / found / value right):`)
for (const [k, v] of Object.entries(byKind)) console.log(`  ${k.padEnd(11)} ${String(v.n).padStart(3)} / ${String(v.matched).padStart(3)} (${pct(v.matched, v.n).padStart(6)}) / ${String(v.valueRight).padStart(3)}`)
console.log(`\nyears, dates and times (numbers() returns them as plain numbers; only the term tags hint at a year or date):`)
for (const [k, v] of Object.entries(onKind)) console.log(`  ${k.padEnd(5)} ${v.labels} labels, ${v.matchedLabels} overlapped, ${v.matches} compromise matches on them (${v.yearTagged} with a Year tag, ${v.dateTagged} with a Date tag)`)
console.log(`  all matches: ${tagged.Year} carry a Year tag (${tagged.YearElsewhere} not on a year/date/time label), ${tagged.Date} a Date tag (${tagged.DateElsewhere} not on one); year ranges such as 2019-2021 are labelled range`)
console.log(`\nunit: compromise gives a unit string (number.unit or money currency) on ${T.unitGiven} of ${T.matchedLabels} best matches; ${T.unitLabelled} matched labels have a unit; the unit agrees after a small name map on ${T.unitRight}`)
console.log(`counted: not offered (no field for the counted noun). sourced: not offered (no attribution output). comparator, rate, change, magnitude, kind: not offered.`)
console.log(`\nper article (labelled / matches / labels found / matches on labels / value right / on not-quantities):`)
for (const a of perArticle) console.log(`  ${a.file.padEnd(38)} ${String(a.labelled).padStart(3)} / ${String(a.returned).padStart(3)} / ${String(a.labelsFound).padStart(3)} / ${String(a.matchesOnLabels).padStart(3)} / ${String(a.valueRight).padStart(3)} / ${a.names}`)
if (verbose) {
  console.log('\nMISSED LABELS:'); for (const m of misses) console.log(`  [${m.file.slice(0, 2)} ${m.kind}] ${JSON.stringify(m.text)}`)
  console.log('\nWRONG VALUES:'); for (const w of wrongValues) console.log(`  [${w.file.slice(0, 2)} ${w.kind}] ${JSON.stringify(w.text)} read ${JSON.stringify(w.got)}; ${w.rule}`)
  console.log('\nFALSE HITS AND NOT-QUANTITIES:'); for (const f of falseHits) console.log(`  [${f.file.slice(0, 2)}] ${JSON.stringify(f.shown)} = ${f.value}${f.name ? ` on not-quantity ${f.name}` : ''}${f.onLabel ? ' (also overlaps a label)' : ''}`)
  console.log('\nUNITS GIVEN:'); for (const u of units) console.log(`  [${u.file.slice(0, 2)}] ${JSON.stringify(u.text)} label ${u.label} got ${u.got}${u.ok ? '' : '  X'}`)
  if (check.bad.length) { console.log('\nOFFSET MISMATCHES:'); for (const b of check.bad) console.log(`  ${JSON.stringify(b)}`) }
}
if (jsonOutIdx > 0) fs.writeFileSync(process.argv[jsonOutIdx + 1], JSON.stringify({ version: pkg.version, totals: T, byKind, onKind, tagged, extraViews, offsetCheck: { terms: check.terms, implicit: check.implicit, bad: check.bad }, perArticle, misses, wrongValues, falseHits, units }, null, 1))
