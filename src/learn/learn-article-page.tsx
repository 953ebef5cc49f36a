import './learn.css';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { CHECKIN_PATH } from '../session/paths';
import { CrisisContacts } from '../ui/crisis-contacts';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { LearnContent } from './learn-content';
import { isLearnSlug, LEARN_SLUGS, loadLearnPage, type LearnSlug } from './pages';

export default function LearnArticlePage({ slug }: { slug: string | undefined }) {
  if (!isLearnSlug(slug)) return <UnknownArticle />;
  return <Article slug={slug} />;
}

function Article({ slug }: { slug: LearnSlug }) {
  const { t, i18n } = useTranslation(['learn', 'common']);
  const page = use(loadLearnPage(i18n.resolvedLanguage ?? 'en', slug));
  useDocumentTitle(page.title);
  const index = LEARN_SLUGS.indexOf(slug);
  const nextSlug = LEARN_SLUGS[index + 1];

  return (
    <article className="learn-article">
      <p className="caption">
        <Link href="/learn">{t('title')}</Link>
      </p>
      <PageHeading>{page.title}</PageHeading>
      <p className="body-l">{page.summary}</p>
      <p className="hint">{t('minutes', { count: page.readingMinutes })}</p>

      <LearnContent page={page} />

      <aside className="next-step" aria-labelledby="next-step-heading">
        <h2 className="heading-m" id="next-step-heading">
          {t('nextStep.heading')}
        </h2>
        {page.next === 'checkin' ? (
          <>
            <p>{t('nextStep.checkin')}</p>
            <Link href={CHECKIN_PATH} className="button">
              {t('nextStep.checkinButton')}
            </Link>
          </>
        ) : (
          <CrisisContacts id="learn-help-heading" headingLevel="h3" heading={t('common:crisis.heading')} lead={t('common:crisis.lead')} />
        )}
        {nextSlug && (
          <p>
            <Link href={`/learn/${nextSlug}`}>{t('nextStep.nextPage')}</Link>
          </p>
        )}
      </aside>
    </article>
  );
}

function UnknownArticle() {
  const { t } = useTranslation('learn');
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/learn">{t('notFound.link')}</Link>
      </p>
    </>
  );
}
