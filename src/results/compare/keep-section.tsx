import './compare.css';
import { lazy, Suspense, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../instruments/types';
import { ErrorSummary } from '../../ui/error-summary';
import type { Summary } from '../summary';
import { useExport } from '../share/use-export';
import { MAX_FILES } from './limits';
import type { PickedFiles } from './read-files';
import { problemText, type Translate } from './problem-text';

// The comparison's code (the reader, the tables, the chart) loads when files are picked.
const CompareView = lazy(() => import('./compare-view'));

type Picked = { readonly kind: 'none' } | { readonly kind: 'reading' } | { readonly kind: 'read'; readonly files: PickedFiles; readonly count: number };

/**
 * "Keep a copy of these results" (the FHIR file, saved where the person chooses) and "Compare with an
 * earlier check-in" (kept files picked again, read in the page, never sent). Nothing is stored by the site:
 * the comparison lives in this page's memory until the page is left.
 */
export function KeepSection({ answers, summary, authored }: { answers: Answers; summary: Summary; authored: Date }) {
  const { t, i18n } = useTranslation('results');
  const save = useExport(answers, summary, authored);
  const [saved, setSaved] = useState(false);
  const [picked, setPicked] = useState<Picked>({ kind: 'none' });
  const [attempt, setAttempt] = useState(0);
  const inputId = useId().replace(/:/g, '') + '-compare-files';
  const language = i18n.resolvedLanguage;

  const keep = async () => {
    await save();
    setSaved(true);
  };

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    if (files.length === 0) return;
    setPicked({ kind: 'reading' });
    const { readPicked } = await import('./read-files');
    const read = await readPicked(files, new Date(), authored);
    setAttempt((n) => n + 1);
    setPicked({ kind: 'read', files: read, count: files.length });
  };

  const read = picked.kind === 'read' ? picked.files : null;
  const failed = read !== null && (read.tooMany || read.problems.length > 0);
  const count = picked.kind === 'read' ? picked.count : 0;

  return (
    <>
    <section aria-labelledby="keep-heading" className="keep no-print">
      <h2 className="heading-l" id="keep-heading">
        {t('keep.heading')}
      </h2>
      <p>{t('keep.intro')}</p>
      <p className="warning-text" id="keep-warning">
        <strong>{t('keep.warning')}</strong>
      </p>
      <button type="button" className="button button--secondary" onClick={() => void keep()} aria-describedby="keep-warning">
        {t('keep.button')}
      </button>
      <p role="status" className="share__status">
        {saved ? t('keep.saved') : ''}
      </p>
    </section>

    <section aria-labelledby="compare-heading" className="compare no-print">
      <h2 className="heading-l" id="compare-heading">
        {t('compare.heading')}
      </h2>
      <p>{t('compare.intro')}</p>
      {read && failed && (
        <ErrorSummary
          key={attempt}
          title={t('compare.problemTitle')}
          errors={
            read.tooMany
              ? [{ href: inputId, text: t('compare.problems.tooMany', { count, max: MAX_FILES }) }]
              : read.problems.map(({ name, problem }) => ({ href: inputId, text: problemText(problem, name, t as unknown as Translate, language) }))
          }
        />
      )}
      <div className={`form-group${failed ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor={inputId}>
          {t('compare.label')}
        </label>
        <p className="hint" id={`${inputId}-hint`}>
          {t('compare.hint')}
        </p>
        {failed && (
          <p className="error-message" id={`${inputId}-error`}>
            <span className="visually-hidden">{t('compare.errorPrefix')}</span> {t('compare.chooseAgain')}
          </p>
        )}
        <input
          id={inputId}
          className="file-upload"
          type="file"
          multiple
          accept=".json,application/json,application/fhir+json"
          aria-describedby={`${inputId}-hint${failed ? ` ${inputId}-error` : ''}`}
          onChange={(event) => void pick(event)}
        />
      </div>
      {picked.kind === 'reading' && <p role="status">{t('compare.reading')}</p>}
      {read && !failed && (
        <Suspense fallback={<p>{t('compare.reading')}</p>}>
          <CompareView key={attempt} answers={answers} summary={summary} authored={authored} picked={read} />
        </Suspense>
      )}
    </section>
    </>
  );
}
