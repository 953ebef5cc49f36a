/**
 * A file the scripts generate and the repository keeps (deploy/*.conf, src/visit/confusables.json): written
 * when it differs, or with `--check` only compared, failing when the committed copy is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * @param {string} target  absolute path
 * @param {string} wanted  the content it should have
 * @param {{ label: string, regenerate: string, check: boolean }} options  its name in messages, the command that writes it
 * @returns {boolean} false when `check` found it stale
 */
export function writeOrCheck(target, wanted, { label, regenerate, check }) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Not written yet.
  }
  if (check) {
    if (current !== wanted) {
      console.error(`${label} is stale: run \`${regenerate}\`.`);
      return false;
    }
    console.log(`${label} is up to date`);
  } else if (current !== wanted) {
    writeFileSync(target, wanted);
    console.log(`wrote ${label}`);
  } else console.log(`${label} is up to date`);
  return true;
}
