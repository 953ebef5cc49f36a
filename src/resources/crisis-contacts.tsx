import { useTranslation } from 'react-i18next';
import { ContactLink } from './contact-link';
import { useRegion } from './region-context';

type HeadingLevel = 'h2' | 'h3';

/**
 * The crisis lines of the current region, as one-tap links. Shown on the start page, the crisis panel,
 * the results and the error screen; the header's crisis bar keeps 988 and 911 on every other screen.
 */
export function CrisisContacts({ heading, lead, headingLevel = 'h2', id }: {
  heading: string;
  lead: string;
  headingLevel?: HeadingLevel;
  id?: string;
}) {
  const { t } = useTranslation('resources');
  const region = useRegion();
  const Heading = headingLevel;
  const crisis = region.resources.filter((resource) => resource.crisis);
  return (
    <section className="crisis-panel" aria-labelledby={id ?? 'crisis-heading'}>
      <Heading className="crisis-panel__heading" id={id ?? 'crisis-heading'}>
        {heading}
      </Heading>
      <p>{lead}</p>
      <ul className="contact-list">
        {crisis.map((resource) => (
          <li key={resource.id} className="contact-list__item">
            <span className="contact-list__name">{t(`${region.id}.${resource.id}.name` as 'us.lifeline.name')}</span>
            <span className="contact-list__actions">
              {resource.contacts.map((contact) => (
                <ContactLink key={`${contact.kind}-${contact.value}`} contact={contact} className="contact-button" />
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
