import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { call, client } from '../../api/client';
import { useSurveys } from '../../api/queries';
import { Field, useFieldErrors } from '../../ui/field';
import { Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { EmptyState, QueryState } from '../../ui/states';
import { localDateTimeToIso } from './local-date-time';

/** Open wave: label, questionnaire, access (invitation or open link), opening and closing dates. */
export function OpenWavePage() {
  const { t } = useTranslation('waves');
  const { projectId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const surveys = useSurveys(projectId);
  const [label, setLabel] = useState('');
  const [surveyId, setSurveyId] = useState('');
  const [access, setAccess] = useState<'invitation' | 'open'>('invitation');
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [required, setRequired] = useState<Record<string, string>>({});

  const open = useMutation({
    mutationFn: (chosen: string) =>
      call(
        client.POST('/api/projects/{projectId}/waves', {
          params: { path: { projectId } },
          body: {
            label: label.trim(),
            surveyId: chosen,
            access,
            ...(opensAt === '' ? {} : { opensAt: localDateTimeToIso(opensAt) }),
            ...(closesAt === '' ? {} : { closesAt: localDateTimeToIso(closesAt) }),
          },
        }),
      ),
    async onSuccess(wave) {
      await queryClient.invalidateQueries({ queryKey: ['waves', projectId] });
      await navigate(`/projects/${projectId}/waves/${wave.id}`);
    },
  });
  const errorsFor = useFieldErrors(open.error);

  function submit(event: FormEvent, firstSurvey: string | undefined) {
    event.preventDefault();
    const chosen = surveyId || firstSurvey || '';
    const missing: Record<string, string> = {};
    if (label.trim() === '') missing.label = t('open.labelRequired');
    if (chosen === '') missing.survey = t('open.surveyRequired');
    setRequired(missing);
    if (Object.keys(missing).length === 0) open.mutate(chosen);
  }

  return (
    <Page title={t('open.title')}>
      <QueryState query={surveys}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('open.noQuestionnaire')}>
              <Link className="button" to={`/projects/${projectId}/questionnaires/new`}>
                {t('open.addQuestionnaire')}
              </Link>
            </EmptyState>
          ) : (
            <form className="form" onSubmit={(event) => submit(event, list[0]?.id)} noValidate>
              <Field
                label={t('open.label')}
                hint={t('open.labelHint')}
                errors={[...(required.label ? [required.label] : []), ...errorsFor('body.label')]}
              >
                {(props) => (
                  <input {...props} value={label} onChange={(event) => setLabel(event.target.value)} />
                )}
              </Field>
              <Field
                label={t('open.questionnaire')}
                errors={[...(required.survey ? [required.survey] : []), ...errorsFor('body.surveyId')]}
              >
                {(props) => (
                  <select
                    {...props}
                    value={surveyId || list[0]?.id}
                    onChange={(event) => setSurveyId(event.target.value)}
                  >
                    {list.map((survey) => (
                      <option key={survey.id} value={survey.id}>
                        {survey.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <fieldset className="field">
                <legend>{t('open.access')}</legend>
                {(['invitation', 'open'] as const).map((value) => (
                  <label key={value} className="check">
                    <input
                      type="radio"
                      name="access"
                      value={value}
                      checked={access === value}
                      onChange={() => setAccess(value)}
                    />
                    <span>
                      {t(`access.${value}`)} — <span className="muted">{t(`open.accessHint.${value}`)}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
              <div className="field-row">
                <Field
                  label={t('open.opensAt')}
                  hint={t('open.opensAtHint')}
                  errors={errorsFor('body.opensAt')}
                >
                  {(props) => (
                    <input
                      {...props}
                      type="datetime-local"
                      value={opensAt}
                      onChange={(event) => setOpensAt(event.target.value)}
                    />
                  )}
                </Field>
                <Field
                  label={t('open.closesAt')}
                  hint={t('open.closesAtHint')}
                  errors={errorsFor('body.closesAt')}
                >
                  {(props) => (
                    <input
                      {...props}
                      type="datetime-local"
                      value={closesAt}
                      onChange={(event) => setClosesAt(event.target.value)}
                    />
                  )}
                </Field>
              </div>
              {open.error ? <ProblemMessage error={open.error} fieldsShown /> : null}
              <button type="submit" className="primary" disabled={open.isPending}>
                {t('open.action')}
              </button>
            </form>
          )
        }
      </QueryState>
    </Page>
  );
}
