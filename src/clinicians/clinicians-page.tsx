import '../ui/references.css';
import './clinicians.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { useInstrumentText } from '../ui/use-instrument-text';
import { CitedText } from '../ui/cited-text';
import { SourceList } from '../ui/content-blocks';
import { LinkBuilder } from './link-builder';
import { useHydrated } from '../ui/use-hydrated';
import { INSTRUMENTS } from '../instruments/registry';
import { CLINICIANS_REFERENCES as REFERENCES } from './references';
import { citationOrder } from '../ui/content-schema';
import { tRegion } from '../ui/use-region-vars';
import { useRegion } from '../visit/version-context';

// What each registered instrument asks and how it scores, in the order the check-in asks them.
const ASKS = INSTRUMENTS.flatMap((instrument) => instrument.clinicians.asks) as 'asks.phq9'[];
const SCORING = INSTRUMENTS.flatMap((instrument) => instrument.clinicians.scoring) as 'scoring.phq9'[];
const ATTRIBUTIONS = [...new Set(INSTRUMENTS.flatMap((instrument) => instrument.attributionKeys))];

const NOT = ['not.diagnosis', 'not.nida', 'not.withdrawal'] as const;

/** What the check-in asks and how it scores, what it is not, attributions, privacy, and the link builder. */
export default function CliniciansPage() {
  const { t } = useTranslation('clinicians');
  const text = useInstrumentText();
  useDocumentTitle(t('title'));
  const hydrated = useHydrated();
  const region = useRegion();
  // How a positive item 9 is followed up is the country's own guidance (the UK: NICE NG225; elsewhere the
  // ASQ / C-SSRS pathway): a key's country variant (`scoring.item9Assess_uk`) where there is one.
  const scoring = SCORING.map((key) => tRegion(t, key, { context: region.id }));
  const cited = citationOrder(scoring);
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="body-l">{t('lead')}</p>

      <h2 className="heading-l">{t('asks.heading')}</h2>
      <ul className="list list--bullet">
        {ASKS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <h3 className="heading-m">{t('handover.readerHeading')}</h3>
      <p>{t('handover.readerLead')}</p>
      <p>
        <Link href="/scan">{t('handover.readerLink')}</Link>
      </p>

      <h2 className="heading-l">{t('scoring.heading')}</h2>
      <ul className="list list--bullet">
        {scoring.map((value, index) => (
          <li key={SCORING[index]}>
            <CitedText text={value} prefix="clinicians" referenceLabel={t('references.heading')} />
          </li>
        ))}
      </ul>

      <h2 className="heading-l">{t('not.heading')}</h2>
      {NOT.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}

      <h2 className="heading-l">{t('handover.heading')}</h2>
      <p>{t('handover.lead')}</p>
      <ul className="list list--bullet">
        {(['handover.fhir', 'handover.qr', 'handover.text'] as const).map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>

      <h2 className="heading-l">{t('privacy.heading')}</h2>
      <p>{t('privacy.body')}</p>

      {/* The builder works in the browser only: in the prerendered page, a note stands in its place. */}
      {hydrated ? <LinkBuilder /> : <p className="inset-text">{t('builder.needsJs')}</p>}

      <h2 className="heading-l">{t('attributions.heading')}</h2>
      {ATTRIBUTIONS.map((key) => (
        <p className="attribution" key={key}>
          {text(key)}
        </p>
      ))}

      <SourceList
        sources={REFERENCES.filter((ref) => cited.includes(ref.id)).map((ref) => ({ id: ref.id, text: t(ref.textKey), url: ref.url }))}
        prefix="clinicians"
        heading={t('references.heading')}
      />
    </>
  );
}
