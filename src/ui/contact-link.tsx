import { useTranslation } from 'react-i18next';
import type { Contact } from '../regions/types';
import { ExternalLink } from './external-link';

export function contactHref(contact: Contact): string {
  switch (contact.kind) {
    case 'call':
    case 'tty':
      return `tel:${contact.value}`;
    case 'text':
      // `?&body=` pre-fills the keyword on both iOS and Android.
      return contact.body ? `sms:${contact.value}?&body=${encodeURIComponent(contact.body)}` : `sms:${contact.value}`;
    case 'chat':
    case 'web':
      return contact.value;
  }
}

/** A service's contacts for a reader of this language (a keyword for Spanish speakers only, say). */
export function contactsFor(contacts: readonly Contact[], language: string | undefined): Contact[] {
  return contacts.filter((contact) => !contact.languages || (language !== undefined && contact.languages.includes(language)));
}

/** What a contact's link says ("Call 988", "Text HOME to 741741"), with `resources` strings: also a plan's printed line. */
export function contactText(contact: Contact, t: (key: string, values: Record<string, string>) => string): string {
  switch (contact.kind) {
    case 'call':
      return t('contact.call', { number: contact.display });
    case 'tty':
      return t('contact.tty', { number: contact.display });
    case 'text':
      return contact.body ? t('contact.textBody', { body: contact.body, number: contact.display }) : t('contact.text', { number: contact.display });
    case 'chat':
      return t('contact.chat', { label: contact.display });
    case 'web':
      return t('contact.web', { label: contact.display });
  }
}

export function ContactLink({ contact, className }: { contact: Contact; className?: string }) {
  const { t } = useTranslation('resources');
  const href = contactHref(contact);
  const label = contactText(contact, t as unknown as (key: string, values: Record<string, string>) => string);
  if (contact.kind === 'chat' || contact.kind === 'web') {
    return (
      <ExternalLink href={href} className={className}>
        {label}
      </ExternalLink>
    );
  }
  return (
    <a href={href} className={className}>
      {label}
    </a>
  );
}
