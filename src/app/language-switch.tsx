import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { LANGUAGES } from '../i18n/languages';
import { switchLanguage } from '../i18n/i18n';

/**
 * Language switch on every screen: each language named in itself (with its `lang`), the current one marked.
 * Switching keeps the current screen and every answer; nothing is stored.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [path] = useLocation();
  const current = i18n.resolvedLanguage;
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <ul className="language-switch__list">
        {LANGUAGES.map(({ code, name }) => (
          <li key={code}>
            {code === current ? (
              <span className="language-switch__current" lang={code} aria-current="true">
                {name}
              </span>
            ) : (
              // A link (?lang=), so it works before the script has loaded; with it, the switch happens in
              // place, keeping the screen and the answers.
              <a
                href={`${path}?lang=${code}`}
                hrefLang={code}
                lang={code}
                className="language-switch__link"
                onClick={(event) => {
                  event.preventDefault();
                  void switchLanguage(i18n, code);
                }}
              >
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
