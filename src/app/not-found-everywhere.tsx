import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { CrisisContacts } from '../ui/crisis-contacts';
import type { Region } from '../regions/types';
import { VersionContext } from '../visit/version-context';
import type { Version } from '../visit/versions';
import { LANGUAGES } from '../i18n/languages';

/**
 * The site's one static "page not found" (dist/404.html), for a host that serves a single 404 page for every
 * address (GitHub Pages, S3; Netlify and Cloudflare Pages for the default version). It cannot know the
 * reader's country, so it starts no app and guesses nothing: each version's crisis contacts, under its
 * country's name and in its own language, with a link to its start page. Every number is labelled with the
 * country it works in (the prerenderer checks each block against its own country).
 */
export function NotFoundHeading({ titles, bodies, versions }: { titles: readonly string[]; bodies: readonly string[]; versions: readonly { tag: string; label: string }[] }) {
  return (
    <div className="width-container">
      <h1>{titles.join(' · ')}</h1>
      {bodies.map((body) => (
        <p key={body}>{body}</p>
      ))}
      {/* A long page on a phone: each country's help one tap away. */}
      <ul>
        {versions.map(({ tag, label }) => (
          <li key={tag} lang={tag}>
            <a href={`#${blockId(tag)}`}>{label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const blockId = (tag: string) => `help-${tag.toLowerCase()}`;

/** A version's name on this page: its country, and its language ("United Kingdom (English)"). */
export function versionLabel(version: Version, country: string): string {
  return `${country} (${LANGUAGES.find((entry) => entry.code === version.lang)?.name ?? version.lang})`;
}

/** One version's block: its country, its start page, its crisis contacts, in its language. */
export function NotFoundVersion({ version, region, i18n }: { version: Version; region: Region; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <VersionContext value={{ version, region }}>
        <VersionBlock version={version} />
      </VersionContext>
    </I18nextProvider>
  );
}

function VersionBlock({ version }: { version: Version }) {
  const { t } = useTranslation(['common', 'resources']);
  const id = blockId(version.tag);
  return (
    <section className="width-container" lang={version.tag} aria-labelledby={id}>
      <h2 id={id}>
        {versionLabel(version, t(`resources:regions.${version.region}` as 'resources:regions.us'))}
      </h2>
      <p>
        <a href={`${version.base}/`}>{t('notFound.home')}</a>
      </p>
      <CrisisContacts heading={t('crisis.heading')} lead={t('crisis.lead')} headingLevel="h3" id={`crisis-${version.tag.toLowerCase()}`} landmark={false} />
    </section>
  );
}
