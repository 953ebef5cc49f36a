#!/usr/bin/env node
// Checks the clinical hazard log (docs/safety/hazard-log.md): every hazard row names test files that exist,
// and each of those files has a test whose title carries the hazard's id, e.g. it('… [H3]', …).
// Usage (from the repo root): node scripts/hazard-log.mjs   — prints each hazard's evidence; exits 1 on a problem.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const MIN_HAZARDS = 12

/** Hazard rows of the log: `| H1 | hazard | cause | effect | severity | likelihood | risk | controls | evidence |`. */
export function parseHazardLog(markdown) {
  const rows = []
  for (const line of markdown.split('\n')) {
    const match = /^\|\s*(H\d+)\s*\|(.*)\|\s*$/.exec(line)
    if (!match) continue
    const cells = match[2].split('|').map((cell) => cell.trim())
    const evidence = cells[cells.length - 1] ?? ''
    const files = [...evidence.matchAll(/`(tests\/[^`]+)`/g)].map((m) => m[1])
    rows.push({ id: match[1], hazard: cells[0] ?? '', cells, files })
  }
  return rows
}

/** Titles of the tests in a test file: it('…'), test('…'), it.each(…)('…'), test.skip('…') and so on. */
export function testTitles(source) {
  const titles = []
  const pattern = /\b(?:it|test)(?:\.(?:each|skip|only|fails|concurrent)(?:\([^)]*\))?)*\(\s*(['"`])((?:\\.|(?!\1)[\s\S])*?)\1/g
  for (const match of source.matchAll(pattern)) titles.push(match[2])
  return titles
}

/**
 * Problems with the log: fewer than MIN_HAZARDS hazards, a repeated id, a row with no test file, a file that
 * does not exist, or a file with no test whose title carries the id. `readFile(path)` returns null when
 * the file does not exist.
 */
export function checkHazardLog(rows, readFile) {
  const problems = []
  const evidence = []
  if (rows.length < MIN_HAZARDS) problems.push(`only ${rows.length} hazards (at least ${MIN_HAZARDS})`)
  const seen = new Set()
  for (const row of rows) {
    if (seen.has(row.id)) problems.push(`${row.id} is listed twice`)
    seen.add(row.id)
    if (row.cells.length < 8) problems.push(`${row.id}: expected hazard, cause, effect, severity, likelihood, risk, controls and tests`)
    if (row.files.length === 0) problems.push(`${row.id}: names no test file`)
    for (const file of row.files) {
      const source = readFile(file)
      if (source === null) {
        problems.push(`${row.id}: ${file} does not exist`)
        continue
      }
      const tagged = testTitles(source).filter((title) => title.includes(`[${row.id}]`))
      if (tagged.length === 0) problems.push(`${row.id}: ${file} has no test whose title carries [${row.id}]`)
      evidence.push({ id: row.id, file, tests: tagged.length })
    }
  }
  return { problems, evidence }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export function main() {
  const log = join(root, 'docs/safety/hazard-log.md')
  if (!existsSync(log)) {
    console.error(`No hazard log at ${log}`)
    return 1
  }
  const rows = parseHazardLog(readFileSync(log, 'utf8'))
  const { problems, evidence } = checkHazardLog(rows, (file) => {
    const path = join(root, file)
    return existsSync(path) ? readFileSync(path, 'utf8') : null
  })
  for (const row of rows) {
    const mine = evidence.filter((e) => e.id === row.id)
    const tests = mine.reduce((sum, e) => sum + e.tests, 0)
    console.log(`${row.id.padEnd(4)} ${row.hazard.slice(0, 70).padEnd(70)} ${mine.length} files, ${tests} tests`)
  }
  console.log(`hazard log: ${rows.length} hazards, ${new Set(evidence.map((e) => e.file)).size} test files, ${evidence.reduce((s, e) => s + e.tests, 0)} tagged tests`)
  if (problems.length) {
    console.log('\nHazard log problems:')
    for (const problem of problems) console.log(`  ${problem}`)
    return 1
  }
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main()
}
