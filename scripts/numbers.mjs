#!/usr/bin/env node
/**
 * `npm run numbers`: every number and address the app shows, by country, with the date the service itself was
 * last checked (`provenance[id].serviceChecked` in src/regions/<id>.ts), its age and its source. A release
 * step: it exits 1 when an entry is older than 365 days (re-check it, then update its date and source).
 *   --warn              CI (scripts/test.sh): print the table and a WARNING line for each entry older than
 *                       180 days, and exit 0 unless the region data cannot be read (exit 2).
 *   --today YYYY-MM-DD  the date to count from (tests); default: today (UTC).
 * Any entry older than 180 days gets a WARNING line in both modes; one dated after today does too, and
 * fails a release (a mistyped year would otherwise never go stale).
 *
 * The region files are TypeScript, and Node 20 cannot run TypeScript (`--experimental-strip-types` came in
 * Node 22.6; the project supports Node >= 20.19). Vite, already a dependency, loads them with its module
 * runner (`runnerImport`): the same transform the app's build and Vitest use, no build step, no second
 * compiler, and it follows the region files' own imports. `configFile: false` skips vite.config.ts and its
 * build plugins, so loading takes a fraction of a second.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const RELEASE_DAYS = 365;
const WARN_DAYS = 180;

function fail(message) {
  console.error(`numbers: ${message}`);
  process.exit(2);
}

function options(argv) {
  const out = { warn: false, today: new Date().toISOString().slice(0, 10) };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--warn') out.warn = true;
    else if (argv[i] === '--today') out.today = argv[(i += 1)] ?? '';
    else fail(`unknown option ${argv[i]} (use --warn, --today YYYY-MM-DD)`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(out.today)) fail(`--today needs a date as YYYY-MM-DD, not ${JSON.stringify(out.today)}`);
  return out;
}

/** How a resource's contacts are shown: "988", "text AYUDA to 988 [es]", "chat 988lifeline.org". */
function shown(resource) {
  return resource.contacts
    .map((c) => {
      const what = c.body ? `${c.kind} ${c.body} to ${c.display}` : c.kind === 'call' ? c.display : `${c.kind} ${c.display}`;
      return c.languages ? `${what} [${c.languages.join(', ')}]` : what;
    })
    .join(', ');
}

function table(rows) {
  const head = ['country', 'service', 'shown', 'label', 'checked', 'age', 'how', 'source'];
  const cells = [head, ...rows];
  // Every column but the last (the source, long) is padded to its widest cell.
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n');
}

const { warn, today } = options(process.argv.slice(2));
let checked;
try {
  ({ module: checked } = await runnerImport(fileURLToPath(new URL('../src/regions/checked.ts', import.meta.url)), { configFile: false, logLevel: 'silent' }));
} catch (error) {
  fail(`cannot read the region data (src/regions): ${error instanceof Error ? error.message : String(error)}`);
}

let entries;
try {
  entries = checked.allServiceChecks().map(({ region, resource, check }) => ({
    region,
    resource,
    check,
    age: checked.ageInDays(check.date, today),
  }));
} catch (error) {
  fail(`cannot read the region data (src/regions): ${error instanceof Error ? error.message : String(error)}`);
}

console.log(`Help numbers by country: the last check of each service itself (src/regions/<id>.ts, provenance), as of ${today}`);
console.log(`A month-only date counts from its 1st. A release needs every entry checked within ${RELEASE_DAYS} days; CI warns after ${WARN_DAYS}.\n`);
console.log(
  table(
    entries.map(({ region, resource, check, age }) => [
      region.country,
      resource.id,
      shown(resource),
      resource.verification === 'secondary' ? '[V-sec]' : 'verified',
      check.date,
      String(age),
      check.how,
      check.source,
    ]),
  ),
);
console.log('\nLast checked, by country (the oldest entry): ' + [...new Set(entries.map((e) => e.region))].map((r) => `${r.country} ${checked.lastChecked(r)}`).join(', '));

const name = ({ region, resource }) => `${region.country} ${resource.id}`;
const future = entries.filter((e) => e.age < 0);
const stale = entries.filter((e) => e.age > RELEASE_DAYS);
for (const e of entries.filter((x) => x.age > WARN_DAYS || x.age < 0)) {
  const why = e.age < 0 ? 'is dated after today' : `is ${e.age} days old (over ${WARN_DAYS}${e.age > RELEASE_DAYS ? `, and over ${RELEASE_DAYS}: a release is blocked` : ''})`;
  console.log(`WARNING: ${name(e)} (${shown(e.resource)}): its last check, ${e.check.date}, ${why}. Re-check the service and update src/regions/${e.region.id}.ts.`);
}

if (!warn && (stale.length > 0 || future.length > 0)) {
  if (stale.length) console.error(`\nFAILED: ${stale.length} older than ${RELEASE_DAYS} days: ${stale.map(name).join(', ')}`);
  if (future.length) console.error(`\nFAILED: ${future.length} dated after ${today}: ${future.map(name).join(', ')}`);
  process.exit(1);
}
console.log(`\n${entries.length} entries; the oldest is ${Math.max(...entries.map((e) => e.age))} days old.`);
