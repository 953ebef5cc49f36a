#!/usr/bin/env node
// Re-checks the mutants Stryker reports as surviving (reports/mutation/mutation.json), one at a time: it
// writes the mutant into the source file, runs the mutation test set (vitest.mutation.config.ts) in a fresh
// process, and puts the file back. Stryker's Vitest runner does not re-run module-level code for a
// "static" mutant (a constant built when the module loads), so some of them show as surviving though the
// tests catch them; this tells those apart from the real survivors.
// Usage: npm run mutation, then node scripts/mutation-recheck.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const report = JSON.parse(readFileSync(resolve('reports/mutation/mutation.json'), 'utf8'))

/** Offset in `source` of a 1-based line and column (Stryker's locations). */
function offset(source, { line, column }) {
  const lines = source.split('\n')
  let at = 0
  for (let i = 0; i < line - 1; i++) at += lines[i].length + 1
  return at + column - 1
}

let caught = 0
let survived = 0
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  for (const mutant of mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')) {
    const start = offset(source, mutant.location.start)
    const end = offset(source, mutant.location.end)
    const mutated = source.slice(0, start) + mutant.replacement + source.slice(end)
    const original = readFileSync(file, 'utf8')
    if (original !== source) {
      console.log(`${file} changed since the report: run npm run mutation again`)
      process.exit(1)
    }
    writeFileSync(file, mutated)
    let result
    try {
      result = spawnSync('./node_modules/.bin/vitest', ['run', '--config', 'vitest.mutation.config.ts'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    } finally {
      writeFileSync(file, original)
    }
    const killed = result.status !== 0
    if (killed) caught++
    else survived++
    const line = source.split('\n')[mutant.location.start.line - 1].trim().slice(0, 70)
    console.log(`${killed ? 'caught  ' : 'SURVIVES'} ${file}:${mutant.location.start.line} ${mutant.mutatorName} ${line} → ${mutant.replacement.replace(/\s+/g, ' ').slice(0, 50)}`)
  }
}
console.log(`\nre-checked: ${caught} caught by the tests when applied by hand, ${survived} survive`)
