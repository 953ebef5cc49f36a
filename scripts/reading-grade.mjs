#!/usr/bin/env node
// Prints how easy every page is to read, in every language: each Learn page, the family guide
// (src/locales/<lng>/family/guide.json) and the other screens' prose (start page, crisis panel, check-in,
// results, staying private, clinicians).
// - English: the Flesch-Kincaid grade, at most 8 (content/style.md: "aim for grade 6-8").
// - French: Kandel & Moles' adaptation of Flesch's reading ease, at least 60.
// - Spanish: Szigriszt-Pazos' perspicuity on the INFLESZ scale, at least 55 ("normal" and easier).
// Usage (from the repo root): node scripts/reading-grade.mjs
// Exits 1 if any page misses its language's limit (or has no text), else 0.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { extractBodyText, extractFamilyText, extractStrings, readingEase, readingGrade } from './reading-grade-lib.mjs'

export const MAX_GRADE = 8
/** Flesch-Kincaid is an English formula: the languages it grades. */
export const FK_LANGS = ['en']
/** The least reading ease each other language's pages must reach, by its own formula. */
export const MIN_EASE = { fr: 60, es: 55 }

/**
 * One page's figure in its language and whether it meets the limit: the grade (English) or the ease
 * (French, Spanish). A language with no formula is not measured (null).
 */
export function measure(lang, text) {
  if (FK_LANGS.includes(lang)) {
    const { words, grade } = readingGrade(text)
    return { words, shown: `grade=${Number.isFinite(grade) ? grade.toFixed(1) : 'n/a'}`, ok: Number.isFinite(grade) && grade <= MAX_GRADE, limit: `above grade ${MAX_GRADE}` }
  }
  if (!(lang in MIN_EASE)) return null
  const { words, ease } = readingEase(text, lang)
  const formula = lang === 'fr' ? 'kandel-moles' : 'inflesz'
  return { words, shown: `${formula}=${Number.isFinite(ease) ? ease.toFixed(1) : 'n/a'}`, ok: Number.isFinite(ease) && ease >= MIN_EASE[lang], limit: `${formula} under ${MIN_EASE[lang]}` }
}
/** Other screens: [name, strings file, part of it (or null for all)]. */
export const SCREENS = [
  ['start page', 'common.json', 'start'],
  ['crisis panel', 'common.json', 'crisis'],
  ['check-in', 'checkin.json', null],
  ['results and handout', 'results.json', null],
  ['staying private', 'privacy.json', null],
  ['clinicians', 'clinicians.json', null],
  ['safety plan', 'plan.json', null],
]

const here = dirname(fileURLToPath(import.meta.url))
const localesDir = resolve(here, '..', 'src', 'locales')

/**
 * A namespace's file with each instrument's section of it (src/locales/<lng>/instruments/<id>.json), as
 * the app shows them: the GAD-7's results text is graded with the results. The instruments' own wording
 * (their `instruments` section, validated and verbatim) is not ours to grade.
 */
function withInstrumentSections(strings, lang, file) {
  const dir = join(localesDir, lang, 'instruments')
  if (!existsSync(dir)) return strings
  const namespace = file.replace(/\.json$/, '')
  const merge = (a, b) => {
    const out = { ...a }
    for (const [k, v] of Object.entries(b ?? {})) out[k] = v && typeof v === 'object' && out[k] && typeof out[k] === 'object' ? merge(out[k], v) : v
    return out
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .reduce((all, f) => merge(all, JSON.parse(readFileSync(join(dir, f), 'utf8'))[namespace]), strings)
}

export function main() {
  if (!existsSync(localesDir)) {
    console.error(`No locales folder at ${localesDir}`)
    return 1
  }
  const langs = readdirSync(localesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()

  const failures = []
  const report = (name, text) => {
    const lang = name.split('/')[0]
    const figure = measure(lang, text)
    if (!figure) {
      console.log(`note: skipped ${name}: no reading formula for ${lang}`)
      return
    }
    console.log(`${name}  words=${figure.words}  ${figure.shown}`)
    if (!figure.ok) failures.push(`${name} (${figure.shown}: ${figure.words === 0 ? 'no text' : figure.limit})`)
  }
  const read = (name, path) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8'))
    } catch (err) {
      console.log(`${name}  ERROR: ${err.message}`)
      failures.push(`${name} (unreadable JSON)`)
      return null
    }
  }

  for (const lang of langs) {
    const learnDir = join(localesDir, lang, 'learn')
    const files = existsSync(learnDir) ? readdirSync(learnDir).filter((f) => f.endsWith('.json')).sort() : []
    for (const file of files) {
      const name = `${lang}/${file.replace(/\.json$/, '')}`
      const page = read(name, join(learnDir, file))
      if (page) report(name, extractBodyText(page))
    }
    // The family guide ("I'm worried about someone"): one file per language, a different shape.
    const guideFile = join(localesDir, lang, 'family', 'guide.json')
    if (existsSync(guideFile)) {
      const guide = read(`${lang}/family/guide`, guideFile)
      if (guide) report(`${lang}/family/guide`, extractFamilyText(guide))
    }
    for (const [screen, file, part] of SCREENS) {
      const name = `${lang}/${screen}`
      const strings = read(name, join(localesDir, lang, file))
      if (strings) report(name, extractStrings(part ? withInstrumentSections(strings, lang, file)[part] : withInstrumentSections(strings, lang, file)))
    }
  }

  if (failures.length > 0) {
    console.log(`\nHarder to read than the limit, or unreadable:`)
    for (const f of failures) console.log(`  ${f}`)
    return 1
  }
  return 0
}

// Run only when executed directly (not when imported by a test).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main()
}
