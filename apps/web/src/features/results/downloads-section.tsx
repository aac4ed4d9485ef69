import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../lib/download';
import { currentLanguage, type Language, languages } from '../../lib/i18n';
import { Field } from '../../ui/field';
import { Section } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';

/** "Download report" (PDF in a chosen language) and the response exports (CSV wide or long, NDJSON). */
export function DownloadsSection({
  projectId,
  slug,
  hasWaves,
}: {
  projectId: string;
  slug: string;
  hasWaves: boolean;
}) {
  const { t } = useTranslation('results');
  const [lang, setLang] = useState<Language>(currentLanguage());
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();

  async function run(what: string, path: string, query: Record<string, string>, name: string) {
    setBusy(what);
    setError(undefined);
    setDone(undefined);
    try {
      await downloadFile(path, query, name);
      setDone(what);
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(undefined);
    }
  }
  const base = `/api/projects/${projectId}`;
  return (
    <Section title={t('downloads.title')} id="downloads">
      <div className="inline-form">
        <Field label={t('downloads.language')}>
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
        <button
          type="button"
          className="primary"
          disabled={busy !== undefined || !hasWaves}
          onClick={() => run('report', `${base}/report.pdf`, { lang }, `${slug}-impact-report-${lang}.pdf`)}
        >
          {busy === 'report' ? t('downloads.preparing') : t('downloads.report')}
        </button>
      </div>
      {hasWaves ? null : <p className="muted">{t('downloads.noWaves')}</p>}
      <h3>{t('downloads.exports')}</h3>
      <p className="muted">{t('downloads.exportsHint')}</p>
      <div className="page-actions">
        <button
          type="button"
          className="secondary"
          disabled={busy !== undefined}
          onClick={() =>
            run('wide', `${base}/responses.csv`, { layout: 'wide' }, `${slug}-responses-wide.csv`)
          }
        >
          {t('downloads.csvWide')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy !== undefined}
          onClick={() =>
            run('long', `${base}/responses.csv`, { layout: 'long' }, `${slug}-responses-long.csv`)
          }
        >
          {t('downloads.csvLong')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy !== undefined}
          onClick={() =>
            run('ndjson', `${base}/responses.ndjson`, { layout: 'wide' }, `${slug}-responses.ndjson`)
          }
        >
          {t('downloads.ndjson')}
        </button>
      </div>
      <div aria-live="polite">
        {busy === undefined ? null : <p className="loading">{t('downloads.preparing')}</p>}
        {done === undefined ? null : <p className="notice">{t('downloads.done')}</p>}
      </div>
      {error ? <ProblemMessage error={error} /> : null}
    </Section>
  );
}
