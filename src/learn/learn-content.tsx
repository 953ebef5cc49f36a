import { useTranslation } from 'react-i18next';
import { CitedText } from '../ui/cited-text';
import { ExternalLink } from '../ui/external-link';
import type { LearnBlock, LearnPage } from './content-schema';

function Block({ block, cite }: { block: LearnBlock; cite: (text: string) => React.ReactNode }) {
  switch (block.type) {
    case 'p':
      return <p>{cite(block.text)}</p>;
    case 'ul':
      return (
        <ul className="list list--bullet">
          {block.items.map((item) => (
            <li key={item}>{cite(item)}</li>
          ))}
        </ul>
      );
    case 'term':
      return (
        <p className="term">
          <dfn>{block.term}</dfn>: {cite(block.text)}
        </p>
      );
  }
}

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
            <Block key={index} block={block} cite={cite} />
          ))}
        </section>
      ))}
      <section aria-labelledby="learn-refs-heading" className="references">
        <h2 className="heading-m" id="learn-refs-heading">
          {t('referencesHeading')}
        </h2>
        <ol className="references__list">
          {page.references.map((ref) => (
            <li key={ref.id} id={`learn-ref-${ref.id}`} value={ref.id}>
              {ref.title}. {ref.publisher}
              {ref.year ? `, ${ref.year}` : ''}. <ExternalLink href={ref.url}>{ref.url}</ExternalLink>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
