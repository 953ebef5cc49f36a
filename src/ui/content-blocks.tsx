import { Link } from 'wouter';
import type { ReactNode } from 'react';
import { ExternalLink } from './external-link';
import { ServiceList } from './service-list';
import { shownIn, textOf, type ContentBlock as Block, type Reference } from './content-schema';
import { fillPlaceholders, useRegionVars } from './use-region-vars';
import { useRegion } from '../visit/version-context';

/** Fills the reader's country's numbers into a text, then renders its citations. */
export function useRegionalCite(cite: (text: string) => ReactNode): (text: string) => ReactNode {
  const vars = useRegionVars();
  return (value: string) => cite(fillPlaceholders(value, vars));
}

/**
 * One block of sourced content (Learn pages, family guide): a paragraph, a list, a defined term, or the
 * reader's country's services on some topics. Nothing when the block is for other countries.
 */
export function ContentBlock({
  block,
  cite,
  serviceHeading = 'h3',
}: {
  block: Block;
  cite: (text: string) => ReactNode;
  /** The level of a listed service's name: one below the section's heading. */
  serviceHeading?: 'h3' | 'h4';
}) {
  const region = useRegion();
  const render = useRegionalCite(cite);
  if (!shownIn(block, region.id)) return null;
  switch (block.type) {
    case 'p':
      return <p>{render(block.text)}</p>;
    case 'ul':
      return (
        <ul className="list list--bullet">
          {block.items
            .filter((item) => shownIn(item, region.id))
            .map((item) => (
              <li key={textOf(item)}>{render(textOf(item))}</li>
            ))}
        </ul>
      );
    case 'term':
      return (
        <p className="term">
          <dfn>{block.term}</dfn>: {render(block.text)}
        </p>
      );
    case 'link':
      return (
        <p>
          <Link href={block.to}>{block.text}</Link>
        </p>
      );
    case 'services':
      return <ServiceList topics={block.topics} headingLevel={serviceHeading} />;
  }
}

/**
 * A numbered list of sources, each with its link (`#<prefix>-ref-<id>` is what citations point to), and
 * anything the section adds after it (attributions).
 */
export function SourceList({
  sources,
  prefix,
  heading,
  headingLevel = 'h2',
  children,
}: {
  sources: readonly { readonly id: number; readonly shown?: number; readonly text: string; readonly url: string }[];
  prefix: string;
  heading: string;
  /** One below the heading of what it lists the sources of. */
  headingLevel?: 'h2' | 'h3';
  children?: ReactNode;
}) {
  const Heading = headingLevel;
  return (
    <section aria-labelledby={`${prefix}-refs-heading`} className="references">
      <Heading className="heading-m" id={`${prefix}-refs-heading`}>
        {heading}
      </Heading>
      <ol className="references__list">
        {sources.map((source) => (
          <li key={source.id} id={`${prefix}-ref-${source.id}`} value={source.shown}>
            {source.text} <ExternalLink href={source.url}>{source.url}</ExternalLink>
          </li>
        ))}
      </ol>
      {children}
    </section>
  );
}

/** The numbered sources a content page cites: title, publisher, year. */
export function ReferenceList({
  references,
  prefix,
  heading,
}: {
  references: readonly (Reference & { readonly shown: number })[];
  prefix: string;
  heading: string;
}) {
  if (references.length === 0) return null;
  const sources = references.map((ref) => ({
    id: ref.id,
    shown: ref.shown,
    text: `${ref.title}. ${ref.publisher}${ref.year ? `, ${ref.year}` : ''}.`,
    url: ref.url,
  }));
  return <SourceList sources={sources} prefix={prefix} heading={heading} />;
}
