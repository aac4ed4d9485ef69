import './translation-fields.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../lib/i18n';

/** A text in each interface language (`en` is what SurveyJS calls `default`). */
export type Texts = Record<Language, string>;

/** Texts with every language empty. */
export const emptyTexts = (): Texts => ({ nl: '', fr: '', en: '' });

/** The languages of `languages` a text lacks. */
export function missingLanguages(texts: Texts, languages: readonly Language[]): Language[] {
  return languages.filter((lng) => texts[lng].trim() === '');
}

/**
 * The fields of one text in several languages side by side, each flagged with `missingLabel` (in the
 * feature's words) while its translation is empty. `label` names the text for screen readers. An `optional`
 * text is flagged only once it has a text in some language.
 */
export function TranslationFields({
  texts,
  languages,
  onChange,
  label,
  missingLabel,
  rows = 2,
  optional = false,
}: {
  texts: Texts;
  languages: readonly Language[];
  onChange: (texts: Texts) => void;
  label: string;
  missingLabel: string;
  rows?: number;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const written = Object.values(texts).some((text) => text.trim() !== '');
  return (
    <div className="text-fields">
      {languages.map((lng) => {
        const missing = texts[lng].trim() === '' && (written || !optional);
        return (
          <div key={lng} className={missing ? 'text-field text-missing' : 'text-field'}>
            <label htmlFor={`${id}-${lng}`}>
              {t(`language.${lng}`)}
              <span className="visually-hidden">: {label}</span>
            </label>
            <textarea
              id={`${id}-${lng}`}
              lang={lng}
              rows={rows}
              value={texts[lng]}
              aria-describedby={missing ? `${id}-${lng}-missing` : undefined}
              onChange={(event) => onChange({ ...texts, [lng]: event.target.value })}
            />
            {missing ? (
              <p className="flag" id={`${id}-${lng}-missing`}>
                {missingLabel}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
