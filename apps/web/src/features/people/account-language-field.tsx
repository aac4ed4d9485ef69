import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field';

/** The languages a staff member's e-mails can be in. */
export const accountLanguages = ['nl', 'fr', 'en'] as const;
export type AccountLanguage = (typeof accountLanguages)[number];

/** "Language" of a staff account (of the messages they receive), with the server's errors next to it. */
export function AccountLanguageField({
  value,
  onChange,
  errors,
}: {
  value: AccountLanguage;
  onChange: (language: AccountLanguage) => void;
  errors: readonly string[];
}) {
  const { t } = useTranslation('people');
  return (
    <Field label={t('invite.language')} hint={t('invite.languageHint')} errors={errors}>
      {(props) => (
        <select
          {...props}
          value={value}
          onChange={(event) => onChange(event.target.value as AccountLanguage)}
        >
          {accountLanguages.map((lng) => (
            <option key={lng} value={lng}>
              {t(`language.${lng}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
