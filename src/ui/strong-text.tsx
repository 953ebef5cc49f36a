import { Fragment } from 'react';

/**
 * Renders a translated string in which `<strong>…</strong>` marks emphasis (the only markup our locale
 * files use), as text and <strong> elements: never as HTML. Lighter than react-i18next's <Trans>, which
 * would put an HTML parser on the start page.
 */
export function StrongText({ text }: { text: string }) {
  const parts = text.split(/<strong>(.*?)<\/strong>/g);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <strong key={index}>{part}</strong> : <Fragment key={index}>{part}</Fragment>,
      )}
    </>
  );
}
