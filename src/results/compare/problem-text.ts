/** What is wrong with a picked file, in words that name the file and the problem (results.json `compare.problems`). */
import type { KeptProblem } from './kept-file';

export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A size as people read it: "50 MB", "300 kB". */
export function sizeText(bytes: number, language: string | undefined): string {
  const mega = bytes >= 1_000_000;
  return new Intl.NumberFormat(language, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: mega ? 1 : 0 }).format(bytes / (mega ? 1_000_000 : 1000));
}

export const dateText = (date: Date, language: string | undefined) => date.toLocaleDateString(language, { dateStyle: 'long' });

export function problemText(problem: KeptProblem, name: string, t: Translate, language: string | undefined): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t('compare.problems.tooLarge', { name, size: sizeText(problem.size, language) });
    case 'image':
      return t('compare.problems.image', { name, format: problem.format });
    case 'newerVersion':
      return t('compare.problems.newerVersion', { name, version: problem.version });
    case 'future':
      return t('compare.problems.future', { name, date: dateText(problem.date, language) });
    case 'totalMismatch':
      return problem.total === null
        ? t('compare.problems.totalMissing', { name, questionnaire: problem.name })
        : t('compare.problems.totalMismatch', { name, questionnaire: problem.name, total: problem.total, fromAnswers: problem.fromAnswers ?? t('compare.problems.noTotal') });
    default:
      return t(`compare.problems.${problem.kind}`, { name });
  }
}
