import { useTranslation } from 'react-i18next';
import { resourcesFor } from '../regions';
import { regionNumbers } from '../regions/text';
import { ContactLink, contactsFor } from './contact-link';
import { tRegion } from './use-region-vars';
import { useRegion } from '../visit/version-context';

type HeadingLevel = 'h2' | 'h3' | 'h4';

/**
 * The crisis lines and the emergency number of the reader's country, as one-tap links. Shown on the start
 * page, the crisis step, the results, Learn and family pages and the error screen; the header's crisis bar
 * keeps the crisis line and the emergency number on every screen.
 */
export function CrisisContacts({ heading, lead, headingLevel = 'h2', id, landmark = true }: {
  heading: string;
  lead: string;
  headingLevel?: HeadingLevel;
  id?: string;
  /** A region of its own (the default); not where it sits inside a region that names its country. */
  landmark?: boolean;
}) {
  const { t, i18n } = useTranslation('resources');
  const region = useRegion();
  const numbers = regionNumbers(region);
  const Heading = headingLevel;
  const Panel = landmark ? 'section' : 'div';
  return (
    <Panel className="crisis-panel" aria-labelledby={landmark ? (id ?? 'crisis-heading') : undefined}>
      <Heading className="crisis-panel__heading" id={id ?? 'crisis-heading'}>
        {heading}
      </Heading>
      <p>{lead}</p>
      <ul className="contact-list">
        {resourcesFor(region, ['crisis', 'emergency']).map((resource) => (
          <li key={resource.id} className="contact-list__item">
            <span className="contact-list__name">{tRegion(t, `${region.id}.${resource.id}.name`, numbers)}</span>
            <span className="contact-list__actions">
              {contactsFor(resource.contacts, i18n.resolvedLanguage).map((contact) => (
                <ContactLink key={`${contact.kind}-${contact.value}-${contact.body ?? ''}`} contact={contact} className="contact-button" />
              ))}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
