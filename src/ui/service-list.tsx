import { useTranslation } from 'react-i18next';
import { resourcesFor } from '../regions';
import type { Topic } from '../regions/types';
import { regionNumbers } from '../regions/text';
import { ContactLink, contactsFor } from './contact-link';
import { tRegion } from './use-region-vars';
import { useRegion } from '../visit/version-context';

const ALL_TOPICS: readonly Topic[] = ['crisis', 'emergency', 'mentalHealth', 'substance', 'treatment', 'overdose', 'family'];

/**
 * The reader's country's services about the given topics, each with what it offers and how to reach it.
 * Descriptions live in the `services` namespace, loaded with the screens that list services (not the
 * start page). Renders nothing when the country has no such service.
 */
export function ServiceList({ topics = ALL_TOPICS, headingLevel = 'h3' }: { topics?: readonly Topic[]; headingLevel?: 'h3' | 'h4' }) {
  const { t, i18n } = useTranslation(['resources', 'services']);
  const region = useRegion();
  const numbers = regionNumbers(region);
  const resources = resourcesFor(region, topics);
  const Heading = headingLevel;
  if (resources.length === 0) return null;
  return (
    <ul className="resource-list">
      {resources.map((resource) => (
        <li key={resource.id} className="resource-list__item">
          <Heading className="heading-s">{tRegion(t, `${region.id}.${resource.id}.name`, numbers)}</Heading>
          <p>{tRegion(t, `services:${region.id}.${resource.id}.description`, numbers)}</p>
          <p className="resource-list__contacts">
            {contactsFor(resource.contacts, i18n.resolvedLanguage).map((contact) => (
              <ContactLink key={`${contact.kind}-${contact.value}-${contact.body ?? ''}`} contact={contact} />
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Every service of the reader's country, under a heading (the results' "Where to get help"). */
export function ResourceList({ heading }: { heading: string }) {
  return (
    <section aria-labelledby="resources-heading">
      <h2 className="heading-l" id="resources-heading">
        {heading}
      </h2>
      <ServiceList />
    </section>
  );
}
