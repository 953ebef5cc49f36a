/**
 * The files the person picked, read in the page (never uploaded): each file's size is checked before a
 * byte is read, then `readKept` reads it whole or names its problem. The same check-in twice (the same
 * file picked twice, or today's own file) is named too. Loaded only when files are picked.
 */
import { version as APP_VERSION } from '../../../package.json';
import { readKept, type KeptCheckIn, type KeptProblem } from './kept-file';
import { MAX_FILE_BYTES, MAX_FILES } from './limits';


/** A file that reads, left out because its check-in is already there: not a problem, but said. */
export type Skipped = { readonly kind: 'duplicate'; readonly of: string } | { readonly kind: 'today' };

export interface PickedFiles {
  readonly checkIns: readonly { readonly name: string; readonly checkIn: KeptCheckIn }[];
  readonly problems: readonly { readonly name: string; readonly problem: KeptProblem }[];
  readonly skipped: readonly { readonly name: string; readonly reason: Skipped }[];
  /** More than MAX_FILES were picked: none was read. */
  readonly tooMany: boolean;
}

export async function readPicked(files: readonly File[], now: Date, today: Date): Promise<PickedFiles> {
  if (files.length > MAX_FILES) return { checkIns: [], problems: [], skipped: [], tooMany: true };
  const checkIns: { name: string; checkIn: KeptCheckIn }[] = [];
  const problems: { name: string; problem: KeptProblem }[] = [];
  const skipped: { name: string; reason: Skipped }[] = [];
  for (const file of files) {
    // A 50 MB file is refused by its size: it is never read into memory.
    const result = file.size > MAX_FILE_BYTES ? ({ ok: false, problem: { kind: 'tooLarge', size: file.size } } as const) : readKept(new Uint8Array(await file.arrayBuffer()), now, APP_VERSION);
    if (!result.ok) {
      problems.push({ name: file.name, problem: result.problem });
      continue;
    }
    const time = result.checkIn.authored.getTime();
    const same = checkIns.find(({ checkIn }) => checkIn.authored.getTime() === time);
    if (time === today.getTime()) skipped.push({ name: file.name, reason: { kind: 'today' } });
    else if (same) skipped.push({ name: file.name, reason: { kind: 'duplicate', of: same.name } });
    else checkIns.push({ name: file.name, checkIn: result.checkIn });
  }
  return { checkIns, problems, skipped, tooMany: false };
}
