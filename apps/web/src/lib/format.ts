import { useTranslation } from 'react-i18next';

/** Dates and numbers in the interface language, through `Intl`. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale =
    i18n.resolvedLanguage === 'nl' ? 'nl-BE' : i18n.resolvedLanguage === 'fr' ? 'fr-BE' : 'en-GB';
  return {
    locale,
    date: (value: string | undefined) =>
      value === undefined
        ? ''
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(value)),
    dateTime: (value: string | undefined) =>
      value === undefined
        ? ''
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
            new Date(value),
          ),
    number: (value: number, digits = 2) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
    percent: (value: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value),
  };
}
