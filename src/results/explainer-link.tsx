import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { loadLearnPage, type LearnSlug } from '../learn/pages';

function ExplainerLinkInner({ slug }: { slug: LearnSlug }) {
  const { t, i18n } = useTranslation('learn');
  const page = use(loadLearnPage(i18n.resolvedLanguage ?? 'en', slug));
  return (
    <p className="explainer-link">
      <Link href={`/learn/${slug}`}>{t('resultsLink', { title: page.title })}</Link>
    </p>
  );
}

/** A link to the Learn page that fits this result, titled as the page is. */
export function ExplainerLink({ slug }: { slug: LearnSlug }) {
  return (
    <Suspense fallback={null}>
      <ExplainerLinkInner slug={slug} />
    </Suspense>
  );
}
