import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../lib/download';
import { currentLanguage, type Language, languages } from '../lib/i18n';
import { Field } from './field';
import { ProblemMessage } from './problem-message';

/**
 * A document of the API to download in a chosen language (`?lang=`): a language list and a button, with the
 * problem shown underneath when the download fails. Printable letters, questionnaires and the programme report use it.
 */
export function LanguageDownload({
  path,
  fileName,
  languageLabel,
  actionLabel,
  choices = languages,
  query = {},
  beforeDownload,
}: {
  path: string;
  /** More query parameters of the document besides `lang`. */
  query?: Record<string, string>;
  fileName: (lang: Language) => string;
  languageLabel: string;
  actionLabel: string;
  choices?: readonly Language[];
  /** Asked first; the download goes ahead only when it answers true (e.g. after a confirmation). */
  beforeDownload?: () => boolean;
}) {
  const { t } = useTranslation();
  const preferred = currentLanguage();
  const [lang, setLang] = useState<Language>(choices.includes(preferred) ? preferred : (choices[0] ?? 'en'));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function download() {
    if (beforeDownload !== undefined && !beforeDownload()) return;
    setBusy(true);
    setError(undefined);
    try {
      await downloadFile(path, { ...query, lang }, fileName(lang));
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="inline-form">
      <Field label={languageLabel}>
        {(props) => (
          <select {...props} value={lang} onChange={(event) => setLang(event.target.value as Language)}>
            {choices.map((lng) => (
              <option key={lng} value={lng}>
                {t(`language.${lng}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="button" className="secondary" onClick={download} disabled={busy} aria-busy={busy}>
        {actionLabel}
      </button>
      {error ? <ProblemMessage error={error} /> : null}
    </div>
  );
}
