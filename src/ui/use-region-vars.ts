import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisLineOf } from '../regions';
import { regionNumbers } from '../regions/text';
import { useRegion } from '../visit/version-context';

/**
 * The variables a sentence may use to name a number or a service of the reader's country:
 * `{{emergency}}`, one per service by its id (`{{lifeline}}`, `{{samhsa}}`…), `{{country}}` ("the UK"),
 * `{{crisisAction}}` ("call Samaritans on 116 123"), `{{crisisBar}}` ("Samaritans: 116 123") and `{{crisisName}}`
 * ("Samaritans").
 * Locale strings and content use these; they never hold a number themselves.
 */
export function useRegionVars(): Readonly<Record<string, string>> {
  const region = useRegion();
  const { t, i18n } = useTranslation('resources');
  const language = i18n.resolvedLanguage;
  return useMemo(() => {
    const numbers = regionNumbers(region);
    const line = crisisLineOf(region);
    return {
      ...numbers,
      country: t(`regions.in.${region.id}` as 'regions.in.us'),
      crisisAction: tRegion(t, `${region.id}.crisisAction`, numbers),
      crisisName: tRegion(t, `${region.id}.${line.id}.name`, numbers),
      crisisBar: tRegion(t, `${region.id}.crisisBar`, numbers),
    };
    // The strings change with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [region, t, language]);
}

/** Fills `{{name}}` placeholders from the given variables (unknown ones are left, and tests catch them). */
export function fillPlaceholders(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => vars[name] ?? whole);
}

/**
 * t() for a key built at run time from a region or service id (`resources:uk.crisisBar`), with the
 * region's variables. The keys exist for every region (tests/unit/regions checks it), but TypeScript cannot
 * know which region a variable holds, so this is the one place the typed t() is widened.
 */
export function tRegion(t: unknown, key: string, vars: Readonly<Record<string, string>> = {}): string {
  return (t as (key: string, options: Readonly<Record<string, string>>) => string)(key, vars);
}
