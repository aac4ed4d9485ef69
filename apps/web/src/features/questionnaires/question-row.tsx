import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '../../lib/i18n';
import { missingLanguages, type Texts, TranslationFields } from '../../ui/translation-fields';
import type { DraftItem } from './draft';

/** The text to show for a row in the interface language, else the first language it has. */
export function shownText(texts: Texts): string {
  return texts[currentLanguage()] || texts.en || texts.nl || texts.fr;
}

/**
 * One question (or text block) of the questionnaire: ask it or not, required, move up or down, its texts in
 * every language, and the server's lint issues about it.
 */
export function QuestionRow({
  item,
  languages,
  errors,
  indicatorLabel,
  onChange,
  onMove,
  onRemove,
}: {
  item: DraftItem;
  languages: readonly Language[];
  errors: readonly string[];
  indicatorLabel?: string | undefined;
  onChange: (item: DraftItem) => void;
  onMove: (step: -1 | 1) => void;
  onRemove?: (() => void) | undefined;
}) {
  const { t } = useTranslation('questionnaires');
  const id = useId();
  const text = shownText(item.text) || item.key;
  const missing = missingLanguages(item.text, languages);
  const isQuestion = item.type !== 'html';
  const typeName = item.own ? t(`type.${item.own.type}`) : t(`surveyType.${item.type}`, item.type);
  const classes = ['q-row', item.enabled ? '' : 'q-off', errors.length > 0 ? 'q-invalid' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes} data-question={item.key}>
      <div className="q-head">
        <label className="check q-ask">
          <input
            type="checkbox"
            checked={item.enabled}
            aria-describedby={errors.length > 0 ? `${id}-errors` : undefined}
            onChange={(event) => onChange({ ...item, enabled: event.target.checked })}
          />
          <span>
            <span className="q-text">{text}</span>
            <span className="visually-hidden"> ({t('editor.ask')})</span>
          </span>
        </label>
        <div className="q-tools">
          <span className="badge">{typeName}</span>
          {item.own ? <span className="badge badge-own">{t('editor.own')}</span> : null}
          {missing.length > 0 ? (
            <span className="flag">
              {t('editor.missing', { languages: missing.map((lng) => lng.toUpperCase()).join(', ') })}
            </span>
          ) : null}
          {isQuestion ? (
            <label className="check">
              <input
                type="checkbox"
                checked={item.required}
                disabled={!item.enabled}
                onChange={(event) => onChange({ ...item, required: event.target.checked })}
              />
              {t('editor.required')}
              <span className="visually-hidden">: {text}</span>
            </label>
          ) : null}
          <button type="button" className="icon-button" onClick={() => onMove(-1)}>
            <span aria-hidden="true">↑</span>
            <span className="visually-hidden">
              {t('editor.moveUp')}: {text}
            </span>
          </button>
          <button type="button" className="icon-button" onClick={() => onMove(1)}>
            <span aria-hidden="true">↓</span>
            <span className="visually-hidden">
              {t('editor.moveDown')}: {text}
            </span>
          </button>
          {onRemove ? (
            <button type="button" className="link-button" onClick={onRemove}>
              {t('editor.remove')}
              <span className="visually-hidden">: {text}</span>
            </button>
          ) : null}
        </div>
      </div>
      {indicatorLabel ? (
        <p className="q-meta muted">{t('editor.indicator', { name: indicatorLabel })}</p>
      ) : null}
      {errors.length > 0 ? (
        <ul className="field-errors" id={`${id}-errors`}>
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
      <details className="q-texts" open={missing.length > 0 && item.own !== undefined}>
        <summary>
          {t('editor.texts')}
          <span className="visually-hidden">: {text}</span>
        </summary>
        <TranslationFields
          texts={item.text}
          languages={languages}
          label={text}
          missingLabel={t('editor.missingTranslation')}
          onChange={(texts) => onChange({ ...item, text: texts })}
        />
      </details>
    </li>
  );
}
