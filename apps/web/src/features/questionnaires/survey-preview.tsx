import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Survey } from 'survey-react-ui';
import type { Language } from '../../lib/i18n';
import { singlePageModel } from '../../lib/survey-model';

/**
 * A live preview of the questionnaire in one of its languages, drawn by survey-react-ui (the renderer
 * respondents get, at the survey-core version the server validates with), all questions on one page.
 */
export function SurveyPreview({
  definition,
  languages,
}: {
  definition: Record<string, unknown>;
  languages: readonly Language[];
}) {
  const { t } = useTranslation('questionnaires');
  const [lang, setLang] = useState<Language>(languages[0] ?? 'en');
  // Typing stays quick: the preview follows the deferred definition.
  const deferred = useDeferredValue(definition);
  const model = useMemo(() => singlePageModel(deferred, lang), [deferred, lang]);
  return (
    <section className="section preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('preview.title')}</h2>
      <fieldset className="preview-languages">
        <legend>{t('preview.language')}</legend>
        {languages.map((lng) => (
          <button
            key={lng}
            type="button"
            className="secondary"
            aria-pressed={lang === lng}
            onClick={() => setLang(lng)}
          >
            {t(`language.${lng}`, { ns: 'ui' })}
          </button>
        ))}
      </fieldset>
      <div className="preview-frame survey-frame" lang={lang}>
        <Survey model={model} />
      </div>
    </section>
  );
}
