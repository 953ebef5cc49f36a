import type { ReactNode } from 'react';
import type { LearnBlock, LearnPage } from '../learn/content-schema';
import { ExternalLink } from './external-link';

/** One block of sourced content (Learn pages, family guide): a paragraph, a list, or a defined term. */
export function ContentBlock({ block, cite }: { block: LearnBlock; cite: (text: string) => ReactNode }) {
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

/** The numbered sources a page cites, each with its link (`#<prefix>-ref-<id>` is what citations point to). */
export function ReferenceList({ references, prefix, heading }: { references: LearnPage['references']; prefix: string; heading: string }) {
  return (
    <section aria-labelledby={`${prefix}-refs-heading`} className="references">
      <h2 className="heading-m" id={`${prefix}-refs-heading`}>
        {heading}
      </h2>
      <ol className="references__list">
        {references.map((ref) => (
          <li key={ref.id} id={`${prefix}-ref-${ref.id}`} value={ref.id}>
            {ref.title}. {ref.publisher}
            {ref.year ? `, ${ref.year}` : ''}. <ExternalLink href={ref.url}>{ref.url}</ExternalLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
