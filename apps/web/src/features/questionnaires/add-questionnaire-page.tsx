import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { call, client } from '../../api/client';
import type { SurveyTemplate } from '../../api/types';
import { currentLanguage } from '../../lib/i18n';
import { Field, useFieldErrors } from '../../ui/field';
import { Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { QueryState } from '../../ui/states';

function templateTitle(template: SurveyTemplate): string {
  const title = template.title as Record<string, string | undefined>;
  const lng = currentLanguage();
  return title[lng] ?? title.default ?? template.id;
}

/**
 * Add questionnaire: start from a template of the library (round × respondent group). The first version of
 * journey 3; the questionnaire editor (questions, modules, translations, preview) builds on it.
 */
export function AddQuestionnairePage() {
  const { t } = useTranslation('questionnaires');
  const { projectId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const templates = useQuery({
    queryKey: ['survey-templates'],
    queryFn: () => call(client.GET('/api/survey-templates')),
  });
  const [templateId, setTemplateId] = useState<string>();
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState<string>();

  const add = useMutation({
    mutationFn: async (template: SurveyTemplate) => {
      const full = await call(
        client.GET('/api/survey-templates/{templateId}', { params: { path: { templateId: template.id } } }),
      );
      return call(
        client.POST('/api/projects/{projectId}/surveys', {
          params: { path: { projectId } },
          body: {
            title: title.trim() || templateTitle(template),
            round: template.round,
            definition: full.definition,
          },
        }),
      );
    },
    async onSuccess() {
      await queryClient.invalidateQueries({ queryKey: ['surveys', projectId] });
      await navigate(`/projects/${projectId}/questionnaires`);
    },
  });
  const errorsFor = useFieldErrors(add.error);

  function submit(event: FormEvent, list: SurveyTemplate[]) {
    event.preventDefault();
    const template = list.find((candidate) => candidate.id === templateId);
    if (template === undefined) {
      setMissing(t('add.chooseTemplate'));
      return;
    }
    setMissing(undefined);
    add.mutate(template);
  }

  return (
    <Page title={t('add.title')}>
      <QueryState query={templates}>
        {(list) => (
          <form className="form" onSubmit={(event) => submit(event, list)} noValidate>
            <fieldset className={missing ? 'field field-invalid' : 'field'} aria-describedby="template-error">
              <legend>{t('add.template')}</legend>
              <div className="choice-grid">
                {list.map((template) => (
                  <label key={template.id} className="choice">
                    <input
                      type="radio"
                      name="template"
                      value={template.id}
                      checked={templateId === template.id}
                      onChange={() => {
                        setTemplateId(template.id);
                        setTitle(templateTitle(template));
                      }}
                    />
                    <span>
                      <strong>
                        {t(`round.${template.round}`)} · {t(`group.${template.group}`)}
                      </strong>
                      <span className="muted">{t('add.questions', { count: template.questions })}</span>
                    </span>
                  </label>
                ))}
              </div>
              <ul className="field-errors" id="template-error">
                {missing ? <li>{missing}</li> : null}
              </ul>
            </fieldset>
            <Field label={t('add.name')} errors={errorsFor('body.title')}>
              {(props) => (
                <input {...props} value={title} onChange={(event) => setTitle(event.target.value)} />
              )}
            </Field>
            {add.error ? <ProblemMessage error={add.error} /> : null}
            <button type="submit" className="primary" disabled={add.isPending}>
              {t('add.action')}
            </button>
          </form>
        )}
      </QueryState>
    </Page>
  );
}
