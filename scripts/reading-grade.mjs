#!/usr/bin/env node
// Prints the Flesch-Kincaid reading grade of every English Learn page, the English family guide
// (src/locales/en/family/guide.json) and the other screens' prose (start page, check-in, results,
// staying private, clinicians).
// Usage (from the repo root): node scripts/reading-grade.mjs
// Exits 1 if any of them is above grade 8 (content/style.md: "aim for grade 6-8"), else 0.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { extractBodyText, extractFamilyText, extractStrings, readingGrade } from './reading-grade-lib.mjs'

export const MAX_GRADE = 8
/** Flesch-Kincaid is an English formula, so only these languages are measured. */
export const FK_LANGS = ['en']
/** Other screens: [name, strings file, part of it (or null for all)]. */
export const SCREENS = [
  ['start page', 'common.json', 'start'],
  ['crisis panel', 'common.json', 'crisis'],
  ['check-in', 'checkin.json', null],
  ['results and handout', 'results.json', null],
  ['staying private', 'privacy.json', null],
  ['clinicians', 'clinicians.json', null],
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
  let pages = 0
  for (const lang of langs) {
    const learnDir = join(localesDir, lang, 'learn')
    if (!existsSync(learnDir)) continue
    const files = readdirSync(learnDir).filter((f) => f.endsWith('.json')).sort()
    if (files.length === 0) continue
    if (!FK_LANGS.includes(lang)) {
      console.log(`note: skipped ${lang}/learn (${files.length} pages): Flesch-Kincaid is for English only`)
      continue
    }
    for (const file of files) {
      const slug = file.replace(/\.json$/, '')
      let page
      try {
        page = JSON.parse(readFileSync(join(learnDir, file), 'utf8'))
      } catch (err) {
        console.log(`${lang}/${slug}  ERROR: ${err.message}`)
        failures.push(`${lang}/${slug} (unreadable JSON)`)
        continue
      }
      const { words, grade } = readingGrade(extractBodyText(page))
      pages++
      const shown = Number.isFinite(grade) ? grade.toFixed(1) : 'n/a'
      console.log(`${lang}/${slug}  words=${words}  grade=${shown}`)
      if (!Number.isFinite(grade)) failures.push(`${lang}/${slug} (no body text)`)
      else if (grade > MAX_GRADE) failures.push(`${lang}/${slug} (grade ${shown})`)
    }
  }

  if (pages === 0) console.log('note: no English Learn pages found')

  // The family guide ("I'm worried about someone"): one file per language, a different shape.
  let guides = 0
  for (const lang of langs) {
    const guideFile = join(localesDir, lang, 'family', 'guide.json')
    if (!existsSync(guideFile)) continue
    const name = `${lang}/family/guide`
    if (!FK_LANGS.includes(lang)) {
      console.log(`note: skipped ${name}: Flesch-Kincaid is for English only`)
      continue
    }
    let guide
    try {
      guide = JSON.parse(readFileSync(guideFile, 'utf8'))
    } catch (err) {
      console.log(`${name}  ERROR: ${err.message}`)
      failures.push(`${name} (unreadable JSON)`)
      continue
    }
    const { words, grade } = readingGrade(extractFamilyText(guide))
    guides++
    const shown = Number.isFinite(grade) ? grade.toFixed(1) : 'n/a'
    console.log(`${name}  words=${words}  grade=${shown}`)
    if (!Number.isFinite(grade)) failures.push(`${name} (no body text)`)
    else if (grade > MAX_GRADE) failures.push(`${name} (grade ${shown})`)
  }
  if (guides === 0) console.log('note: no English family guide found')

  for (const lang of langs.filter((l) => FK_LANGS.includes(l))) {
    for (const [screen, file, part] of SCREENS) {
      const name = `${lang}/${screen}`
      let strings
      try {
        strings = withInstrumentSections(JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')), lang, file)
      } catch (err) {
        console.log(`${name}  ERROR: ${err.message}`)
        failures.push(`${name} (unreadable JSON)`)
        continue
      }
      const { words, grade } = readingGrade(extractStrings(part ? strings[part] : strings))
      const shown = Number.isFinite(grade) ? grade.toFixed(1) : 'n/a'
      console.log(`${name}  words=${words}  grade=${shown}`)
      if (!Number.isFinite(grade)) failures.push(`${name} (no text)`)
      else if (grade > MAX_GRADE) failures.push(`${name} (grade ${shown})`)
    }
  }
  if (failures.length > 0) {
    console.log(`\nAbove grade ${MAX_GRADE} or unreadable:`)
    for (const f of failures) console.log(`  ${f}`)
    return 1
  }
  return 0
}

// Run only when executed directly (not when imported by a test).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main()
}
