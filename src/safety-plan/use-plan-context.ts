import { useTranslation } from 'react-i18next';
import { resourcesFor } from '../regions';
import { regionNumbers } from '../regions/text';
import { contactsFor, contactText } from '../ui/contact-link';
import { tRegion } from '../ui/use-region-vars';
import { useRegion } from '../visit/version-context';
import type { OpioidsKnown } from './plan-steps';
import type { PlanContext } from './plan-text';

/** What the plan adds from the reader's country: its crisis lines and emergency number, as text. */
export function usePlanContext(opioids: OpioidsKnown): PlanContext {
  const { t, i18n } = useTranslation('resources');
  const region = useRegion();
  const numbers = regionNumbers(region);
  const language = i18n.resolvedLanguage;
  const say = t as unknown as (key: string, values: Record<string, string>) => string;
  const contacts = resourcesFor(region, ['crisis', 'emergency']).map(
    (resource) => `${tRegion(t, `${region.id}.${resource.id}.name`, numbers)}: ${contactsFor(resource.contacts, language).map((contact) => contactText(contact, say)).join(', ')}`,
  );
  return { opioids, region: region.id, contacts, emergency: region.emergency, date: new Date().toLocaleDateString(language, { dateStyle: 'long' }) };
}
