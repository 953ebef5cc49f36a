import { createContext } from 'react';

/**
 * While prerendering, pages write their document title here (the browser's `document.title` is set in an
 * effect, which does not run on the server). Null in the browser.
 */
export interface HeadCollector {
  readonly setTitle: (title: string) => void;
}

export const HeadContext = createContext<HeadCollector | null>(null);
