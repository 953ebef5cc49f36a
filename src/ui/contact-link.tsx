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

export function ContactLink({ contact, className }: { contact: Contact; className?: string }) {
  const { t } = useTranslation('resources');
  const href = contactHref(contact);
  switch (contact.kind) {
    case 'call':
      return <a href={href} className={className}>{t('contact.call', { number: contact.display })}</a>;
    case 'tty':
      return <a href={href} className={className}>{t('contact.tty', { number: contact.display })}</a>;
    case 'text':
      return (
        <a href={href} className={className}>
          {contact.body
            ? t('contact.textBody', { body: contact.body, number: contact.display })
            : t('contact.text', { number: contact.display })}
        </a>
      );
    case 'chat':
      return <ExternalLink href={href} className={className}>{t('contact.chat', { label: contact.display })}</ExternalLink>;
    case 'web':
      return <ExternalLink href={href} className={className}>{t('contact.web', { label: contact.display })}</ExternalLink>;
  }
}
