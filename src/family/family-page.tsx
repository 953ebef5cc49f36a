import '../ui/forms.css';
import './family.css';
import { use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisLineOf } from '../regions';
import { CitedText } from '../ui/cited-text';
import { ContactLink } from '../ui/contact-link';
import { ContentBlock, ReferenceList, useRegionalCite } from '../ui/content-blocks';
import { blockTexts, citedReferences, shownIn, textOf, visibleBlocks } from '../ui/content-schema';
import { CrisisContacts } from '../ui/crisis-contacts';
import { fillPlaceholders, useRegionVars } from '../ui/use-region-vars';
import { useRegion } from '../visit/version-context';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { useHydrated } from '../ui/use-hydrated';
import { emergenciesFor, orderedSections } from './emergency';
import { loadFamilyGuide, type FamilyGuide } from './guide-schema';

/**
 * "I'm worried about someone": an unscored checklist of observable signs that leads to guidance. Ticking a
 * sign of overdose or of suicide talk brings the emergency steps to the top of the page at once.
 * Nothing ticked is kept beyond this page.
 */
export default function FamilyPage() {
  const { i18n } = useTranslation('family');
  const guide = use(loadFamilyGuide(i18n.resolvedLanguage ?? 'en'));
  return <FamilyGuideView guide={guide} />;
}

function FamilyGuideView({ guide }: { guide: FamilyGuide }) {
  const { t } = useTranslation(['family', 'common', 'resources']);
  const region = useRegion();
  const vars = useRegionVars();
  useDocumentTitle(guide.title);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const hydrated = useHydrated();
  const emergencies = emergenciesFor(guide, ticked);
  const anyEmergency = emergencies.overdose || emergencies.suicide;

  // Only what shows in the reader's country: steps, sections and the references they cite (numbered in
  // order, whether or not the emergency panel is open, so the numbers never change as signs are ticked).
  const steps = {
    overdose: guide.emergency.overdose.steps.filter((step) => shownIn(step, region.id)).map(textOf),
    suicide: guide.emergency.suicide.steps.filter((step) => shownIn(step, region.id)).map(textOf),
  };
  const sections = guide.sections
    .map((section) => ({ ...section, blocks: visibleBlocks(section, region.id) }))
    .filter((section) => section.blocks.length > 0);
  const { references, numbering } = citedReferences(guide.references, [
    ...guide.checklist.groups.flatMap((group) => group.signs.map((sign) => sign.text)),
    ...steps.overdose,
    ...steps.suicide,
    ...sections.flatMap((section) => section.blocks.flatMap((block) => blockTexts(block, region.id))),
  ]);
  const cite = useRegionalCite((text: string) => (
    <CitedText text={text} prefix="family" referenceLabel={t('reference')} numbering={numbering} />
  ));
  const crisisLine = crisisLineOf(region).contacts[0];

  const toggle = (id: string, on: boolean) =>
    setTicked((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const focusEmergency = (event: React.MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById('emergency-heading');
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      <PageHeading>{guide.title}</PageHeading>

      {anyEmergency && (
        <section className="emergency-panel" aria-labelledby="emergency-heading">
          <h2 className="heading-l" id="emergency-heading" tabIndex={-1}>
            {emergencies.overdose ? guide.emergency.overdose.heading : guide.emergency.suicide.heading}
          </h2>
          {emergencies.overdose && (
            <ol className="list list--number">
              {steps.overdose.map((step) => (
                <li key={step}>{cite(step)}</li>
              ))}
            </ol>
          )}
          {emergencies.suicide && (
            <>
              {emergencies.overdose && <h3 className="heading-m">{guide.emergency.suicide.heading}</h3>}
              <ul className="list list--bullet">
                {steps.suicide.map((step) => (
                  <li key={step}>{cite(step)}</li>
                ))}
              </ul>
            </>
          )}
          <p>
            <a className="contact-button" href={`tel:${region.emergency}`}>
              {t('common:crisis.callEmergency', { number: region.emergency })}
            </a>{' '}
            {crisisLine && <ContactLink contact={crisisLine} className="contact-button" />}
          </p>
        </section>
      )}
      <p className="visually-hidden" role="status">
        {anyEmergency ? t('emergencyAnnounce') : ''}
      </p>

      <p className="body-l">{guide.summary}</p>

      <section aria-labelledby="checklist-heading">
        <h2 className="heading-l" id="checklist-heading">
          {guide.checklist.heading}
        </h2>
        <p>{guide.checklist.intro}</p>
        <p className="inset-text">{t('notATest')}</p>
        {guide.checklist.groups.map((group) => (
          <fieldset key={group.id} className={`fieldset form-group checklist${group.urgent ? ' checklist--urgent' : ''}`}>
            <legend className="fieldset__legend heading-s">
              {group.heading}
              {group.urgent && <span className="tag">{t('urgent')}</span>}
            </legend>
            <div className="checkboxes">
              {group.signs.map((sign) => (
                <div className="checkboxes__item" key={sign.id}>
                  <input
                    className="checkboxes__input"
                    type="checkbox"
                    id={`sign-${sign.id}`}
                    // Not restored from (or saved in) the browser's session files.
                    autoComplete="off"
                    checked={ticked.has(sign.id)}
                    // Until the page is interactive a tick could not bring the emergency steps up.
                    disabled={!hydrated}
                    onChange={(event) => toggle(sign.id, event.currentTarget.checked)}
                  />
                  <label className="checkboxes__label" htmlFor={`sign-${sign.id}`}>
                    {cite(sign.text)}
                  </label>
                </div>
              ))}
            </div>
            {group.urgent && group.signs.some((sign) => ticked.has(sign.id)) && (
              <p>
                <a href="#emergency-heading" onClick={focusEmergency}>
                  {t('goToEmergency')}
                </a>
              </p>
            )}
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="guidance-heading">
        <h2 className="heading-l" id="guidance-heading">
          {t('guidanceHeading')}
        </h2>
        {ticked.size > 0 && <p className="hint">{t('guidanceFirst')}</p>}
        {orderedSections(sections, guide, ticked).map((section) => (
          <section key={section.id} aria-labelledby={`guide-${section.id}`}>
            <h3 className="heading-m" id={`guide-${section.id}`}>
              {fillPlaceholders(section.heading, vars)}
            </h3>
            {section.blocks.map((block, index) => (
              <ContentBlock key={index} block={block} cite={cite} serviceHeading="h4" />
            ))}
          </section>
        ))}
      </section>

      <CrisisContacts heading={t('common:crisis.heading')} lead={t('common:crisis.lead')} />

      <ReferenceList references={references} prefix="family" heading={t('referencesHeading')} />
    </>
  );
}
