import { useTranslation } from 'react-i18next';
import { ContactLink } from './contact-link';
import { useRegion } from './region-context';

/** Every service of the current region, with what it offers and how to reach it. */
export function ResourceList({ heading }: { heading: string }) {
  // Descriptions live in `services`, loaded with the screens that list services (not the start page).
  const { t } = useTranslation(['resources', 'services']);
  const region = useRegion();
  return (
    <section aria-labelledby="resources-heading">
      <h2 className="heading-l" id="resources-heading">
        {heading}
      </h2>
      <ul className="resource-list">
        {region.resources.map((resource) => (
          <li key={resource.id} className="resource-list__item">
            <h3 className="heading-s">{t(`${region.id}.${resource.id}.name` as 'us.lifeline.name')}</h3>
            <p>{t(`services:${region.id}.${resource.id}.description` as 'services:us.lifeline.description')}</p>
            <p className="resource-list__contacts">
              {resource.contacts.map((contact) => (
                <ContactLink key={`${contact.kind}-${contact.value}`} contact={contact} />
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
