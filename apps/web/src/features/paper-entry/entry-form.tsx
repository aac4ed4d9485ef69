import './paper-entry.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomError } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { call, client } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { currentLanguage, type Language } from '../../lib/i18n';
import { singlePageModel } from '../../lib/survey-model';
import { Field, useFieldErrors } from '../../ui/field';
import { ProblemMessage } from '../../ui/problem-message';
import { newEntryKey } from './idempotency-key';

type Mode = 'paper' | 'interview';

/** What the last save did, for the note above the next empty form. */
interface Saved {
  count: number;
  linked: boolean;
  replayed: boolean;
}

const answerPath = /^body\.answers\.([^.[\]]+)/;

/**
 * One questionnaire at a time: how it was answered (paper or interview), its language, the code printed on it,
 * and the questions drawn by survey-react-ui on one page. Saved with the server's validation; a required
 * question left blank is accepted (paper cannot insist). After a save the form is empty for the next one.
 */
export function EntryForm({
  waveId,
  definition,
  languages,
}: {
  waveId: string;
  definition: Record<string, unknown>;
  languages: readonly Language[];
}) {
  const { t } = useTranslation('paper-entry');
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('paper');
  const [lang, setLang] = useState<Language>(() =>
    languages.includes(currentLanguage()) ? currentLanguage() : (languages[0] ?? 'nl'),
  );
  const [code, setCode] = useState('');
  const [form, setForm] = useState(0);
  const [key, setKey] = useState(newEntryKey);
  const [saved, setSaved] = useState<Saved>();
  const codeInput = useRef<HTMLInputElement>(null);

  // A new, empty model for every questionnaire; the language is switched on the model, keeping the answers.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `form` asks for a fresh model after each save; a language switch keeps the model (and its answers), see below.
  const model = useMemo(() => {
    const survey = singlePageModel(definition, lang);
    // Scales as rows of boxes, as printed: one click or keypress per answer, never a drop-down.
    for (const question of survey.getAllQuestions()) {
      if (question.getType() === 'rating') question.setPropertyValue('displayMode', 'buttons');
    }
    return survey;
  }, [definition, form]);
  useEffect(() => {
    model.locale = lang === 'en' ? '' : lang;
  }, [model, lang]);
  useEffect(() => {
    const clear = (_: unknown, options: { question?: { clearErrors(): void } }) =>
      options.question?.clearErrors();
    model.onValueChanged.add(clear);
    return () => model.onValueChanged.remove(clear);
  }, [model]);

  const save = useMutation({
    mutationFn: () =>
      call(
        client.POST('/api/waves/{waveId}/responses', {
          params: { path: { waveId }, header: { 'Idempotency-Key': key } },
          body: {
            answers: model.data as Record<string, unknown>,
            mode,
            language: lang,
            ...(code.trim() === '' ? {} : { code: code.trim() }),
          },
        }),
      ),
    async onSuccess(result) {
      setSaved((before) => ({
        count: (before?.count ?? 0) + (result.replayed ? 0 : 1),
        linked: result.respondentId !== undefined,
        replayed: result.replayed === true,
      }));
      setCode('');
      setKey(newEntryKey());
      setForm((n) => n + 1);
      window.scrollTo({ top: 0 });
      codeInput.current?.focus();
      await queryClient.invalidateQueries({ queryKey: ['waves'] });
    },
    onError(error) {
      if (!(error instanceof ApiProblem)) return;
      let first: { focus(): void } | undefined;
      for (const item of error.errors) {
        const name = answerPath.exec(item.path)?.[1];
        const question = name === undefined ? null : model.getQuestionByName(name);
        if (question === null || question === undefined) continue;
        question.addError(new CustomError(item.message));
        first ??= question;
      }
      if (first !== undefined) first.focus();
      else if (error.fieldErrors('body.code').length > 0) codeInput.current?.focus();
    },
  });
  const errorsFor = useFieldErrors(save.error);
  const codeErrors = errorsFor('body.code');
  const questionErrors =
    save.error instanceof ApiProblem && save.error.errors.some((item) => answerPath.test(item.path));

  function submit() {
    if (!save.isPending) save.mutate();
  }
  // Ctrl+Enter (or ⌘+Enter) saves from anywhere in the form: typing a pile of paper stays on the keyboard.
  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a keyboard shortcut for the whole form, not a control.
    <div className="entry-form" onKeyDown={onKeyDown}>
      {saved === undefined ? null : (
        <p className="notice" role="status">
          {saved.replayed
            ? t('saved.replayed')
            : t(saved.linked ? 'saved.linked' : 'saved.anonymous', { count: saved.count })}
        </p>
      )}
      <div className="entry-header">
        <fieldset className="field entry-modes">
          <legend>{t('form.mode')}</legend>
          {(['paper', 'interview'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="entry-mode"
                value={option}
                checked={mode === option}
                onChange={() => setMode(option)}
              />{' '}
              {t(`mode.${option}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('form.language')}>
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
        <Field label={t('form.code')} hint={t('form.codeHint')} errors={codeErrors}>
          {(props) => (
            <input
              {...props}
              ref={codeInput}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              maxLength={128}
              className="code-input"
            />
          )}
        </Field>
      </div>
      <div className="entry-questions survey-frame" lang={lang}>
        <Survey model={model} />
      </div>
      <div className="entry-actions">
        {save.error ? (
          <ProblemMessage error={save.error} fieldsShown={questionErrors || codeErrors.length > 0} />
        ) : null}
        <button
          type="button"
          className="primary"
          onClick={submit}
          disabled={save.isPending}
          aria-busy={save.isPending}
        >
          {t('form.save')}
        </button>
        <p className="field-hint">{t('form.shortcut')}</p>
      </div>
    </div>
  );
}
