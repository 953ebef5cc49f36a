import { useTranslation } from 'react-i18next';
import { CitedText } from '../ui/cited-text';
import { ContentBlock, ReferenceList } from '../ui/content-blocks';
import type { LearnPage } from './content-schema';

/** A page's sections and its numbered references. */
export function LearnContent({ page }: { page: LearnPage }) {
  const { t } = useTranslation('learn');
  const cite = (text: string) => <CitedText text={text} prefix="learn" referenceLabel={t('reference')} />;
  return (
    <>
      {page.sections.map((section) => (
        <section key={section.heading}>
          <h2 className="heading-m">{section.heading}</h2>
          {section.blocks.map((block, index) => (
            <ContentBlock key={index} block={block} cite={cite} />
          ))}
        </section>
      ))}
      <ReferenceList references={page.references} prefix="learn" heading={t('referencesHeading')} />
    </>
  );
}
