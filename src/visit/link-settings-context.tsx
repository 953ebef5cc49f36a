import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { useRegion } from './version-context';
import { DEFAULT_LINK, type ParsedLink } from './link-settings-types';

const LinkSettingsContext = createContext<ParsedLink>(DEFAULT_LINK);

/**
 * The settings of the link the app was opened with, kept in memory for the whole visit. The validator
 * (zod) loads only when the link has a query string, so an ordinary visit never downloads it; until it
 * has run, the usual settings apply (as they do in the prerendered page).
 */
export function LinkSettingsProvider({ search, children }: { search: string; children: ReactNode }) {
  const [value, setValue] = useState<ParsedLink>(DEFAULT_LINK);
  // A phone number without "+" is read as a number of the version's country.
  const { country } = useRegion();
  useEffect(() => {
    // `lang` and `region` are checked where they are used (against the languages and regions we have);
    // any other parameter needs the validator.
    const keys = [...new URLSearchParams(search).keys()];
    if (!keys.some((key) => key !== 'lang' && key !== 'region')) return;
    let current = true;
    void import('./link-settings').then(({ parseLinkSettings }) => {
      if (!current) return;
      const parsed = parseLinkSettings(search, country);
      // The whole page shows the settings (the clinic's name, its questions): rendered in slices, so the
      // main thread stays free for a tap (issue 26).
      startTransition(() => setValue(parsed));
    });
    return () => {
      current = false;
    };
  }, [search, country]);
  return <LinkSettingsContext value={value}>{children}</LinkSettingsContext>;
}

export function useLinkSettings(): ParsedLink {
  return useContext(LinkSettingsContext);
}
