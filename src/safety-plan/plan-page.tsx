import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { useRegion } from '../visit/version-context';
import { SafetyPlan } from './safety-plan';

/**
 * "Make a safety plan", on its own page: linked from Getting help and the family guide ("help them make
 * one"). Its address and tab title are neutral ("/plan", "Make a plan"): both stay in the browser's history.
 * Nothing about the person is known here, so the opioid lines of step 6 say "if you use opioids".
 */
export default function PlanPage() {
  const { t } = useTranslation(['plan', 'common']);
  const region = useRegion();
  useDocumentTitle(t('documentTitle'));
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="body-l">{t('summary')}</p>
      <p className="emergency-line">{t('common:crisis.emergency', { number: region.emergency })}</p>
      <SafetyPlan opioids="unknown" level={2} browserPrint prefix="plan" />
    </>
  );
}
