import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../lib/download';
import { currentLanguage, type Language, languages } from '../../lib/i18n';
import { Field } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem-message';

/** Printable invitation letters (a PDF, one letter per page with a QR code and a short link) in a chosen language. */
export function LettersButton({ projectId, waveId }: { projectId: string; waveId: string }) {
  const { t } = useTranslation('waves');
  const [lang, setLang] = useState<Language>(currentLanguage());
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    setError(undefined);
    try {
      await downloadFile(
        `/api/projects/${projectId}/waves/${waveId}/invitations/letters.pdf`,
        { lang },
        `invitation-letters-${lang}.pdf`,
      );
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="inline-form">
      <Field label={t('letters.language')}>
        {(props) => (
          <select {...props} value={lang} onChange={(event) => setLang(event.target.value as Language)}>
            {languages.map((lng) => (
              <option key={lng} value={lng}>
                {t(`language.${lng}`, { ns: 'ui' })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="button" className="secondary" onClick={download} disabled={busy}>
        {t('letters.action')}
      </button>
      {error ? <ProblemMessage error={error} /> : null}
    </div>
  );
}
