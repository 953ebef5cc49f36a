import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { languagesIn } from '../i18n/languages';
import { switchLanguage } from '../i18n/i18n';
import { findVersion, pathIn, versionInCountry, type Version } from '../visit/versions';
import { REGIONS } from '../regions';
import { useVersion } from '../visit/version-context';

/**
 * A link to the same page in another version (language or country). It is a plain link, so it works
 * before the script has loaded and without it; with the script, it loads the other language first and
 * then moves there in place (replacing the history entry), keeping the screen and every answer.
 */
export function VersionLink({ target, children, className, ...rest }: {
  target: Version;
  children: ReactNode;
  className?: string;
  lang?: string;
  hrefLang?: string;
}) {
  const { i18n } = useTranslation();
  const [path, navigate] = useLocation();
  const search = useSearch();
  const href = `${pathIn(target, path)}${search ? `?${search}` : ''}`;
  return (
    <a
      href={href}
      className={className}
      {...rest}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        void switchLanguage(i18n, target.lang).then(() => navigate(`~${href}`, { replace: true }));
      }}
    >
      {children}
    </a>
  );
}

/**
 * The language switch on every screen: each language offered in this country named in itself (with its
 * `lang`), the current one marked. In Canada: English, Español, Français.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const version = useVersion();
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <ul className="language-switch__list">
        {languagesIn(version.region).map(({ code, name }) => {
          const target = findVersion(code, version.region);
          return (
            <li key={code}>
              {code === version.lang || !target ? (
                <span className="language-switch__current" lang={code} aria-current="true">
                  {name}
                </span>
              ) : (
                <VersionLink target={target} className="language-switch__link" lang={code} hrefLang={target.tag}>
                  {name}
                </VersionLink>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * The countries we list, each a link to this page with that country's help services (the current one
 * marked): in this language where the country has it, else in English (French is Canada's only).
 */
export function CountryLinks({ id, compact = false }: { id: string; compact?: boolean }) {
  const { t } = useTranslation('resources');
  const version = useVersion();
  const list = (
    <ul className="country-links__list">
      {REGIONS.map((region) => {
        const target = versionInCountry(version.lang, region.id);
        const name = t(`regions.${region.id}` as 'regions.us');
        return (
          <li key={region.id}>
            {region.id === version.region || !target ? (
              <span className="country-links__current" aria-current="true">
                {name}
              </span>
            ) : (
              <VersionLink target={target} hrefLang={target.tag}>
                {name}
              </VersionLink>
            )}
          </li>
        );
      })}
    </ul>
  );
  if (compact) return list;
  return (
    <nav className="country-links" aria-labelledby={`${id}-label`} id={id} tabIndex={-1}>
      <h2 className="country-links__label" id={`${id}-label`}>
        {t('regions.label')}
      </h2>
      {list}
    </nav>
  );
}
