import './learn.css';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { loadAllLearnPages } from './pages';

/** The Learn section's contents: each page with its summary and reading time. */
export default function LearnIndexPage() {
  const { t, i18n } = useTranslation('learn');
  useDocumentTitle(t('title'));
  const language = i18n.resolvedLanguage ?? 'en';
  const pages = use(loadAllLearnPages(language));
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="body-l">{t('lead')}</p>
      <ol className="learn-list">
        {pages.map(({ slug, page }) => (
          <li key={slug} className="learn-list__item">
            <h2 className="heading-s">
              <Link href={`/learn/${slug}`}>{page.title}</Link>
            </h2>
            <p>{page.summary}</p>
            <p className="hint">{t('minutes', { count: page.readingMinutes })}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
