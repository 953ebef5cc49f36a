import { useEffect, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  /** id of the field to focus, usually the first radio of a group. */
  readonly href: string;
  readonly text: string;
}

/**
 * GOV.UK error summary: at the top of the page, focused when it appears (role="alert" on a child so the
 * announcement is not read twice), each link moving focus to its field. It takes focus once, when it is
 * mounted: a form shows a new one on each submit (keyed by the submit count), so focus never moves while
 * the person is fixing a field.
 */
export function ErrorSummary({ title, errors }: { title: string; errors: readonly ErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    // Keep the question (the legend) in view above the focused radio.
    field.closest('fieldset')?.scrollIntoView({ block: 'start' });
  };

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="error-summary__title" id="error-summary-title">
          {title}
        </h2>
        <ul className="error-summary__list">
          {errors.map((error) => (
            <li key={error.href}>
              <a href={`#${error.href}`} onClick={(event) => focusField(event, error.href)}>
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
