import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswers } from '../session/answers-context';
import { applyUpdate, onUpdate, updateWaiting } from '../lib/service-worker';

/**
 * A new version of the site is waiting (src/lib/service-worker.ts). With no answers on screen, it is taken
 * at once (the page reloads in place, so a corrected number shows). During a check-in it is offered,
 * never forced: the answers live only in this tab's memory and a reload would delete them. It is taken as
 * soon as the answers are gone (after "Delete my answers and start over").
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const waiting = useSyncExternalStore(onUpdate, updateWaiting, () => false);
  const answers = useAnswers();
  const hasAnswers = Object.keys(answers).length > 0;
  useEffect(() => {
    if (waiting && !hasAnswers) applyUpdate();
  }, [waiting, hasAnswers]);
  if (!waiting || !hasAnswers) return null;
  return (
    <div className="notice update-notice" role="status">
      <p>
        <strong>{t('update.title')}</strong> {t('update.body')}
      </p>
      <button type="button" className="button button--secondary" onClick={applyUpdate} aria-describedby="update-hint">
        {t('update.now')}
      </button>
      <p className="hint" id="update-hint">
        {t('update.hint')}
      </p>
    </div>
  );
}
