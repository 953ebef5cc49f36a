import { useTranslation } from 'react-i18next';
import { CitedText } from '../ui/cited-text';
import { ContentBlock, ReferenceList } from '../ui/content-blocks';
import { blockTexts, citedReferences, visibleBlocks } from '../ui/content-schema';
import { fillPlaceholders, useRegionVars } from '../ui/use-region-vars';
import { useRegion } from '../visit/version-context';
import { earliestDay, lastChecked } from '../regions/checked';
import type { LearnPage } from './content-schema';

/** A page's sections that show in the reader's country, and the references they cite, numbered in order. */
export function LearnContent({ page }: { page: LearnPage }) {
  const { t, i18n } = useTranslation('learn');
  const region = useRegion();
  // Learn pages may also say when the country's numbers were last checked (`{{numbersChecked}}`, a month
  // and year: the oldest check of the services themselves, src/regions/checked.ts).
  const numbersChecked = new Intl.DateTimeFormat(i18n.resolvedLanguage, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(earliestDay(lastChecked(region))));
  const vars = { ...useRegionVars(), numbersChecked };
  const sections = page.sections
    .map((section) => ({ heading: section.heading, blocks: visibleBlocks(section, region.id) }))
    .filter((section) => section.blocks.length > 0);
  const { references, numbering } = citedReferences(
    page.references,
    sections.flatMap((section) => section.blocks.flatMap((block) => blockTexts(block, region.id))),
  );
  // The blocks fill the country's numbers; the check date is filled here.
  const cite = (text: string) => <CitedText text={fillPlaceholders(text, { numbersChecked })} prefix="learn" referenceLabel={t('reference')} numbering={numbering} />;
  return (
    <>
      {sections.map((section) => (
        <section key={section.heading}>
          <h2 className="heading-m">{fillPlaceholders(section.heading, vars)}</h2>
          {section.blocks.map((block, index) => (
            <ContentBlock key={index} block={block} cite={cite} />
          ))}
        </section>
      ))}
      <ReferenceList references={references} prefix="learn" heading={t('referencesHeading')} />
    </>
  );
}
