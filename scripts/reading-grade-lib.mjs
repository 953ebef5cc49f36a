// Pure helpers for measuring the reading grade (Flesch-Kincaid) of Learn pages and the family guide.
// No file-system access here, so unit tests can import these functions directly.
import { syllable } from 'syllable'
import { fleschKincaid } from 'flesch-kincaid'

/** Citation markers such as "[1]" or "[1][3]" (with the space before them). */
const CITATION = /\s*\[\d+\]/g

/** Remove citation markers such as "[2]" from a string. */
export function stripCitations(text) {
  return String(text).replace(CITATION, '')
}

/** Make sure a block of text ends with sentence punctuation (. ! ?). */
function asSentence(text) {
  const t = stripCitations(text).trim()
  if (t === '') return ''
  return /[.!?]["'”’)]*$/.test(t) ? t : `${t}.`
}

/**
 * Body text of one Learn page: paragraphs, list items and term blocks.
 * Title, summary, section headings and references are left out.
 * Each list item and each term block becomes (at least) one sentence.
 * Blocks are joined with newlines.
 */
export function extractBodyText(page) {
  const parts = []
  for (const section of page?.sections ?? []) parts.push(...blockParts(section?.blocks))
  return parts.filter(Boolean).join('\n')
}

/** Sentences from an array of block objects (p, ul, term), in order. */
function blockParts(blocks) {
  const parts = []
  for (const block of blocks ?? []) {
    if (block?.type === 'p') {
      parts.push(asSentence(block.text ?? ''))
    } else if (block?.type === 'ul') {
      for (const item of block.items ?? []) parts.push(asSentence(item))
    } else if (block?.type === 'term') {
      parts.push(asSentence(`${block.term ?? ''}: ${block.text ?? ''}`))
    }
  }
  return parts
}

/**
 * Body text of the family guide (src/locales/<lng>/family/guide.json): the checklist intro, every
 * sign, every emergency step and the section blocks (p, ul, term). Title, summary, headings and
 * references are left out. Each sign, step, list item and term becomes (at least) one sentence.
 * Parts are joined with newlines.
 */
export function extractFamilyText(guide) {
  const parts = []
  const checklist = guide?.checklist
  if (checklist?.intro) parts.push(asSentence(checklist.intro))
  for (const group of checklist?.groups ?? []) {
    if (group?.intro) parts.push(asSentence(group.intro))
    for (const sign of group?.signs ?? []) parts.push(asSentence(sign?.text ?? ''))
  }
  for (const emergency of Object.values(guide?.emergency ?? {})) {
    for (const step of emergency?.steps ?? []) parts.push(asSentence(step))
  }
  for (const section of guide?.sections ?? []) parts.push(...blockParts(section?.blocks))
  return parts.filter(Boolean).join('\n')
}

/** Split text into sentences: on . ! ? followed by whitespace or end, and on line breaks. */
export function splitSentences(text) {
  return stripCitations(text)
    .split(/(?<=[.!?]["'”’)]*)\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s))
}

/** Words: whitespace-separated tokens that contain a letter or digit. */
export function splitWords(text) {
  return stripCitations(text)
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w))
}

/**
 * Syllables in one word token. `syllable` ignores digits, so a token with no
 * letters (a number such as "988" or "36.1%") counts one syllable per digit.
 * That is an estimate, and it leans high, so numbers never make a page look easier.
 */
export function wordSyllables(word) {
  if (/[A-Za-z]/.test(word)) return Math.max(1, syllable(word))
  const digits = (word.match(/[0-9]/g) ?? []).length
  return Math.max(1, digits)
}

/**
 * Flesch-Kincaid grade of a text.
 * @param {string} text
 * @returns {{words: number, sentences: number, syllables: number, grade: number}}
 *   grade is NaN for empty text.
 */
export function readingGrade(text) {
  const sentences = splitSentences(text).length
  const wordList = splitWords(text)
  const words = wordList.length
  const syllables = wordList.reduce((sum, w) => sum + wordSyllables(w), 0)
  const grade = fleschKincaid({ sentence: sentences, word: words, syllable: syllables })
  return { words, sentences, syllables, grade }
}

/**
 * Sentences from every string in a strings file (results, privacy, the start page...), leaving out the
 * keys named in `skip` (references, labels that are not prose). Placeholders such as {{crisisAction}}
 * read as one short word; markup such as <strong> is dropped; strings of fewer than four words (button
 * labels, headings) are left out, since they are not sentences.
 */
export function extractStrings(value, skip = ['references']) {
  const parts = []
  const visit = (node, key) => {
    if (skip.includes(key)) return
    if (typeof node === 'string') {
      const text = node.replace(/\{\{[^}]*\}\}/g, 'it').replace(/<[^>]+>/g, '')
      if (splitWords(text).length >= 4) parts.push(asSentence(text))
    } else if (Array.isArray(node)) node.forEach((item) => visit(item, key))
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, k)
  }
  visit(value, '')
  return parts.join('\n')
}

// Reading ease in French and Spanish: Flesch's formula as adapted to each language, with its syllables
// counted by the language's own rules (the English counter, `syllable`, is for English only).

/** Words in any alphabet: whitespace-separated tokens with a letter or a digit. */
export function splitWordsAnyScript(text) {
  return stripCitations(text)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
}

/** Sentences in any alphabet (as splitSentences, with letters beyond A–Z). */
export function splitSentencesAnyScript(text) {
  return stripCitations(text)
    .split(/(?<=[.!?…]["'”’»)\u00a0]*)\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
}

const digitsOnly = (word) => Math.max(1, (word.match(/[0-9]/g) ?? []).length)

/**
 * Spanish syllables: one per vowel nucleus. Two strong vowels side by side (a, e, o, and an accented
 * í or ú) are a hiatus, two syllables (le-er, pa-ís, o-í-do); a weak vowel (i, u, ü) with any other is a
 * diphthong, one (ciu-dad, muer-to); the u of que/qui and gue/gui is silent; a final y after a vowel is
 * a weak vowel (hoy, muy), and y alone is a word of one syllable.
 */
export function syllablesEs(word) {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '')
  if (w === '') return digitsOnly(word)
  if (w === 'y') return 1
  const letters = w.replace(/y$/, 'i').replace(/([qg])u([eéií])/g, '$1$2')
  const strong = new Set('aeoáéóíú')
  let count = 0
  let previous = ''
  for (const ch of letters) {
    const vowel = 'aeiouáéíóúü'.includes(ch)
    if (!vowel) {
      previous = ''
      continue
    }
    if (previous === '' || (strong.has(previous) && strong.has(ch))) count++
    previous = ch
  }
  return Math.max(1, count)
}

/**
 * French syllables, as written: one per group of vowels (y included), less a final mute e or es after a
 * consonant (per-sonne, per-sonnes); é, è and the e of ée count (i-dée).
 */
export function syllablesFr(word) {
  const w = word.toLowerCase().replace(/[’']/g, ' ').split(' ').filter(Boolean)
  // An elided l’, d’, qu’ has no syllable of its own (l’équipe: é-qui-pe → 2).
  if (w.length > 1) return Math.max(1, w.reduce((sum, part) => sum + (/[aàâäæeéèêëiîïoôöœuùûüyÿ0-9]/.test(part.replace(/qu/g, 'q')) ? syllablesFr(part) : 0), 0))
  // The u of qu and of gue, gui is silent (quel, guérir).
  const letters = (w[0] ?? '').replace(/[^a-zàâäæçéèêëîïôöœùûüÿ]/g, '').replace(/qu/g, 'q').replace(/gu([eéèêiî])/g, 'g$1')
  if (letters === '') return digitsOnly(word)
  const groups = letters.match(/[aàâäæeéèêëiîïoôöœuùûüyÿ]+/g) ?? []
  let count = groups.length
  if (count > 1 && /[^aàâäæeéèêëiîïoôöœuùûüyÿ]es?$/.test(letters)) count--
  return Math.max(1, count)
}

const EASE = {
  /** Kandel & Moles (1958), Flesch for French: 207 − 1.015 × words per sentence − 73.6 × syllables per word. */
  fr: { name: 'Kandel-Moles', syllables: syllablesFr, score: (wps, spw) => 207 - 1.015 * wps - 73.6 * spw },
  /** Szigriszt-Pazos (1993), read on Barrio-Cantalejo's INFLESZ scale: 206.835 − 62.3 × syllables per word − words per sentence. */
  es: { name: 'INFLESZ', syllables: syllablesEs, score: (wps, spw) => 206.835 - 62.3 * spw - wps },
}

/** The languages whose reading ease is measured, and each one's formula's name. */
export const EASE_FORMULAS = Object.fromEntries(Object.entries(EASE).map(([lang, { name }]) => [lang, name]))

/**
 * Reading ease of a text in French or Spanish (higher is easier; NaN for empty text).
 * @returns {{words: number, sentences: number, syllables: number, ease: number}}
 */
export function readingEase(text, lang) {
  const formula = EASE[lang]
  if (!formula) throw new Error(`No reading-ease formula for ${lang}`)
  const sentences = splitSentencesAnyScript(text).length
  const wordList = splitWordsAnyScript(text)
  const words = wordList.length
  const syllables = wordList.reduce((sum, w) => sum + formula.syllables(w), 0)
  const ease = words === 0 || sentences === 0 ? NaN : formula.score(words / sentences, syllables / words)
  return { words, sentences, syllables, ease }
}
