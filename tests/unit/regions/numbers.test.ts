/**
 * `npm run numbers` (scripts/numbers.mjs): the table of every help number with the date its service was last
 * checked, the release check (exit 1 past 365 days) and CI's warnings (`--warn`: from 180 days, exit 0).
 * Runs the script as a release or CI would, in a child process; `--today` plants the dates.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ageInDays, allServiceChecks, earliestDay } from '../../../src/regions/checked';

const SCRIPT = join(process.cwd(), 'scripts/numbers.mjs');
// Each run starts Node and Vite's module runner: about a second, more on a busy machine.
const SLOW = { timeout: 60_000 };

function run(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status, stdout, stderr, out: stdout + stderr };
}

const ROWS = allServiceChecks();
const plusDays = (date: string, days: number) => new Date(Date.parse(earliestDay(date)) + days * 86_400_000).toISOString().slice(0, 10);
const byDay = (a: string, b: string) => (earliestDay(a) < earliestDay(b) ? -1 : 1);
// The first day of the newest check (a month-only date counts from its 1st).
const NEWEST = earliestDay(ROWS.map((row) => row.check.date).sort(byDay).at(-1)!);
const OLDEST = ROWS.map((row) => row.check.date).sort(byDay)[0]!;
const name = (row: (typeof ROWS)[number]) => `${row.region.country} ${row.resource.id}`;

describe('npm run numbers (scripts/numbers.mjs)', () => {
  it('lists every number by country, with what is shown, its label, check date, age and source', SLOW, () => {
    const { status, stdout } = run('--today', NEWEST);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    const row = (pattern: RegExp) => lines.find((line) => pattern.test(line));
    expect(row(/^US\s+lifeline\s+988, text 988, text AYUDA to 988 \[es\], chat 988lifeline\.org\s+verified\s+2026-11-27\s+\d+\s+official page\s+988lifeline\.org/)).toBeDefined();
    expect(row(/^US\s+crisisTextLine\s+text HOME to 741741\s+\[V-sec\]\s+2026-12\s+\d+\s+independent sources\s+\S/)).toBeDefined();
    expect(row(/^GB\s+emergency\s+999\s+verified\s+\d{4}-\d{2}(-\d{2})?\s+\d+\s/)).toBeDefined();
    expect(row(/^ES\s+line024\s+024\s+\[V-sec\]\s+\d{4}-\d{2}(-\d{2})?\s+\d+\s+independent sources\s+RTVE/)).toBeDefined();
    expect(row(/^MX\s+lineaDeLaVida\s+800 911 2000\s+\[V-sec\]/)).toBeDefined();
    // One row per service of every region, each with its age on that day.
    for (const r of ROWS) {
      const line = row(new RegExp(`^${r.region.country}\\s+${r.resource.id}\\s`));
      expect(line, name(r)).toBeDefined();
      expect(line, name(r)).toMatch(new RegExp(`\\s${r.check.date}\\s+${ageInDays(r.check.date, NEWEST)}\\s`));
    }
    expect(stdout).not.toMatch(/WARNING/);
  });

  it('exits 0 today, unless an entry really is over a year old (then it names it)', SLOW, () => {
    const today = new Date().toISOString().slice(0, 10);
    const stale = ROWS.filter((r) => ageInDays(r.check.date, today) > 365);
    const { status, out } = run();
    expect(out).toMatch(/^US\s+lifeline\s+988\b/m);
    // Not a time bomb in the unit tests: once a year has passed without a re-check this says which entries.
    expect(status, stale.map(name).join(', ')).toBe(stale.length ? 1 : 0);
  });

  it('planted: 400 days after the newest check it fails the release and names every stale entry', SLOW, () => {
    const { status, stderr, stdout } = run('--today', plusDays(NEWEST, 400));
    expect(status).toBe(1);
    const failed = stderr.split('\n').find((line) => line.startsWith('FAILED'));
    expect(failed).toMatch(new RegExp(`^FAILED: ${ROWS.length} older than 365 days`));
    for (const r of ROWS) expect(failed, name(r)).toContain(name(r));
    expect(stdout).toMatch(/^WARNING: US lifeline .*a release is blocked/m);
  });

  it('planted: one day past 365 for the oldest entries, it names those and not the newer ones', SLOW, () => {
    const today = plusDays(OLDEST, 366);
    const stale = ROWS.filter((r) => ageInDays(r.check.date, today) > 365);
    const fresh = ROWS.filter((r) => ageInDays(r.check.date, today) <= 365);
    expect(stale.length).toBeGreaterThan(0);
    expect(fresh.length).toBeGreaterThan(0);
    const { status, stderr } = run('--today', today);
    expect(status).toBe(1);
    const failed = stderr.split('\n').find((line) => line.startsWith('FAILED'))!;
    expect(failed).toContain(`FAILED: ${stale.length} older than 365 days`);
    const named = failed.slice(failed.indexOf('days: ') + 6).split(', ');
    expect(named.sort()).toEqual(stale.map(name).sort());
  });

  it('planted: 200 days later, --warn (CI) prints the table and a WARNING per entry, and exits 0; so does the release check', SLOW, () => {
    const today = plusDays(NEWEST, 200);
    const ci = run('--warn', '--today', today);
    expect(ci.status).toBe(0);
    expect(ci.stdout).toMatch(/^ES\s+line024\s+024\s/m);
    const warnings = ci.stdout.split('\n').filter((line) => line.startsWith('WARNING'));
    expect(warnings).toHaveLength(ROWS.length);
    expect(warnings.join('\n')).toMatch(/^WARNING: GB shout \(text SHOUT to 85258\): its last check, \S+, is 2\d\d days old \(over 180\)/m);
    // Between 180 and 365 days a release still passes: the warning is the reminder.
    expect(run('--today', today).status).toBe(0);
  });

  it('--warn still exits 0 past 365 days; bad options exit 2', SLOW, () => {
    const late = run('--warn', '--today', plusDays(NEWEST, 400));
    expect(late.status).toBe(0);
    expect(late.stdout).toMatch(/^WARNING: .*a release is blocked/m);
    expect(run('--today', '1 December').status).toBe(2);
    expect(run('--soon').status).toBe(2);
  });
});
