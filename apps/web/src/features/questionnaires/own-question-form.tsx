import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../lib/i18n';
import { Field } from '../../ui/field';
import { emptyTexts as empty, type Texts, TranslationFields } from '../../ui/translation-fields';
import { type OwnChoice, type OwnType, ownTypes } from './draft';

const hasText = (texts: Texts) => Object.values(texts).some((text) => text.trim() !== '');

/** An indicator of the project's set to link a question to. */
export interface IndicatorOption {
  id: string;
  label: string;
}

/**
 * Adds an own question: its type, its text in every language, answer options for choice questions, the
 * indicator it informs, and whether it is required. Problems are shown next to their field.
 */
export function OwnQuestionForm({
  languages,
  indicators,
  pages,
  onAdd,
}: {
  languages: readonly Language[];
  indicators: readonly IndicatorOption[];
  pages: readonly string[];
  onAdd: (question: {
    type: OwnType;
    text: Texts;
    required: boolean;
    choices: OwnChoice[];
    indicatorId?: string;
    page: number;
  }) => void;
}) {
  const { t } = useTranslation('questionnaires');
  const [type, setType] = useState<OwnType>('rating');
  const [text, setText] = useState<Texts>(empty);
  const [choices, setChoices] = useState<Texts[]>([empty(), empty()]);
  const [indicatorId, setIndicatorId] = useState('');
  const [required, setRequired] = useState(false);
  const [page, setPage] = useState(pages.length - 1);
  const [errors, setErrors] = useState<{ text?: string; choices?: string }>({});
  const withChoices = type === 'single' || type === 'multiple';

  function add() {
    const found: typeof errors = {};
    if (!hasText(text)) found.text = t('own.textRequired');
    if (withChoices && choices.filter(hasText).length < 2) found.choices = t('own.choicesRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onAdd({
      type,
      text,
      required,
      choices: withChoices
        ? choices.filter(hasText).map((choice, index) => ({ value: String(index + 1), text: choice }))
        : [],
      ...(indicatorId === '' ? {} : { indicatorId }),
      page: Math.max(0, page),
    });
    setText(empty());
    setChoices([empty(), empty()]);
    setIndicatorId('');
    setRequired(false);
  }

  return (
    <section className="section own-question" aria-labelledby="own-heading">
      <h2 id="own-heading">{t('own.title')}</h2>
      <div className="form-grid">
        <Field label={t('own.type')}>
          {(props) => (
            <select {...props} value={type} onChange={(event) => setType(event.target.value as OwnType)}>
              {ownTypes.map((option) => (
                <option key={option} value={option}>
                  {t(`type.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {pages.length > 1 ? (
          <Field label={t('own.page')}>
            {(props) => (
              <select {...props} value={page} onChange={(event) => setPage(Number(event.target.value))}>
                {pages.map((name, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: pages are listed in their order.
                  <option key={index} value={index}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <fieldset className={errors.text ? 'field field-invalid' : 'field'}>
        <legend>{t('own.text')}</legend>
        <TranslationFields
          texts={text}
          languages={languages}
          label={t('own.text')}
          missingLabel={t('editor.missingTranslation')}
          onChange={setText}
        />
        {errors.text ? <p className="field-errors">{errors.text}</p> : null}
      </fieldset>
      {withChoices ? (
        <fieldset className={errors.choices ? 'field field-invalid' : 'field'}>
          <legend>{t('own.choices')}</legend>
          <ol className="own-choices">
            {choices.map((choice, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: options have no identity before they are added.
              <li key={index}>
                <TranslationFields
                  texts={choice}
                  missingLabel={t('editor.missingTranslation')}
                  languages={languages}
                  label={t('own.choice', { number: index + 1 })}
                  onChange={(texts) =>
                    setChoices((list) => list.map((item, i) => (i === index ? texts : item)))
                  }
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="secondary"
            onClick={() => setChoices((list) => [...list, empty()])}
          >
            {t('own.addChoice')}
          </button>
          {errors.choices ? <p className="field-errors">{errors.choices}</p> : null}
        </fieldset>
      ) : null}
      <Field label={t('own.indicator')} hint={t('own.indicatorHint')}>
        {(props) => (
          <select {...props} value={indicatorId} onChange={(event) => setIndicatorId(event.target.value)}>
            <option value="">{t('own.noIndicator')}</option>
            {indicators.map((indicator) => (
              <option key={indicator.id} value={indicator.id}>
                {indicator.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="check">
        <input type="checkbox" checked={required} onChange={(event) => setRequired(event.target.checked)} />
        {t('own.required')}
      </label>
      <div>
        <button type="button" className="secondary" onClick={add}>
          {t('own.add')}
        </button>
      </div>
    </section>
  );
}
