import { Fragment } from 'react';
import './references.css';

const MARKER = /\[(\d+)\]/g;

/** Text without its citation markers, e.g. for reading-grade checks or plain-text summaries. */
export function stripCitations(text: string): string {
  return text.replace(/\s*\[(\d+)\]/g, '').trim();
}

/**
 * Renders "…at a score of 10. [1]" with each [n] as a link to reference n on the same page
 * (`#<prefix>-ref-n`). Screen readers hear "reference 1" rather than "left bracket 1".
 */
export function CitedText({
  text,
  prefix,
  referenceLabel,
  numbering,
}: {
  text: string;
  prefix: string;
  referenceLabel: string;
  /** Shown number for a reference id, when the page numbers references in order of citation. */
  numbering?: (id: number) => number;
}) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    const id = match[1] ?? '';
    const shown = numbering ? numbering(Number(id)) : id;
    // The marker hugs the word before it ("effect[1]"), as in print.
    parts.push(<Fragment key={`t${last}`}>{text.slice(last, match.index).trimEnd()}</Fragment>);
    parts.push(
      <sup key={`r${match.index}`} className="citation">
        <a href={`#${prefix}-ref-${id}`} aria-label={`${referenceLabel} ${shown}`}>
          [{shown}]
        </a>
      </sup>,
    );
    last = match.index + match[0].length;
  }
  parts.push(<Fragment key="end">{text.slice(last)}</Fragment>);
  return <>{parts}</>;
}
