import { useTranslation } from 'react-i18next';
import { languages } from '../lib/i18n';

const names = { nl: 'Nederlands', fr: 'Français', en: 'English' } as const;

/** Switches the interface language (remembered in this browser). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = (i18n.resolvedLanguage ?? 'en').slice(0, 2);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {languages.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={current === lng}
          onClick={() => void i18n.changeLanguage(lng)}
          title={names[lng]}
        >
          <span aria-hidden="true">{lng.toUpperCase()}</span>
          <span className="visually-hidden">{names[lng]}</span>
        </button>
      ))}
    </fieldset>
  );
}
