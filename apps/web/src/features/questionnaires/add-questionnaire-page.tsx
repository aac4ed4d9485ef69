import './questionnaires.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { call, client } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useProject } from '../../api/queries';
import type { Project, SurveyTemplate } from '../../api/types';
import { languages as allLanguages, currentLanguage, type Language } from '../../lib/i18n';
import { Field, useFieldErrors } from '../../ui/field';
import { Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { QueryState } from '../../ui/states';
import {
  addOwnQuestion,
  brokenConditions,
  type Draft,
  draftFromDefinition,
  keyOfError,
  modulesOf,
  moveItem,
  removeItem,
  setModule,
  toDefinition,
  toTexts,
  updateItem,
} from './draft';
import { type IndicatorOption, OwnQuestionForm } from './own-question-form';
import { QuestionRow, shownText } from './question-row';
import { SurveyPreview } from './survey-preview';

function templateTitle(template: SurveyTemplate): string {
  const title = template.title as Record<string, string | undefined>;
  const lng = currentLanguage();
  return title[lng] ?? title.default ?? template.id;
}

/**
 * The lint's most common findings in the interface language (the server words them for developers); any
 * other message is shown as the server wrote it.
 */
function explainLint(
  message: string,
  t: (key: string, options: Record<string, string>) => string,
  textOf: (name: string) => string,
): string {
  const reference = /reads \{([^}]+)\}, but no question is named/.exec(message);
  if (reference?.[1]) return t('lint.unknownReference', { question: textOf(reference[1]) });
  const item = /^indicator "([^"]+)" reads "([^"]+)", which is not an answer/.exec(message);
  if (item?.[1] && item[2]) return t('lint.unknownItem', { indicator: item[1], question: textOf(item[2]) });
  return message;
}

/** The project's languages, in the app's order. */
function projectLanguages(project: Project): Language[] {
  const chosen = allLanguages.filter((lng) => project.languages.includes(lng));
  return chosen.length > 0 ? chosen : ['en'];
}

/** The indicators of the project's set, labelled in the interface language. */
function indicatorOptions(project: Project): IndicatorOption[] {
  const set = project.indicatorSet as { indicators?: { id?: unknown; label?: unknown }[] } | undefined;
  return (set?.indicators ?? []).flatMap((indicator) =>
    typeof indicator.id === 'string'
      ? [{ id: indicator.id, label: shownText(toTexts(indicator.label)) || indicator.id }]
      : [],
  );
}

/**
 * Add questionnaire (journey 3): choose a template of the library (round × respondent group), adapt it —
 * modules and questions on and off, own questions, order, texts in every language, required — with a live
 * preview, and save it. The server lints it on save; its issues appear next to the question they concern,
 * and nothing is stored until it passes.
 */
export function AddQuestionnairePage() {
  const { t } = useTranslation('questionnaires');
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  const templates = useQuery({
    queryKey: ['survey-templates'],
    queryFn: () => call(client.GET('/api/survey-templates')),
  });
  return (
    <Page title={t('add.title')}>
      <QueryState query={templates}>
        {(list) => (
          <QueryState query={project}>
            {(data) => <AddQuestionnaireForm projectId={projectId} project={data} templates={list} />}
          </QueryState>
        )}
      </QueryState>
    </Page>
  );
}

function AddQuestionnaireForm({
  projectId,
  project,
  templates,
}: {
  projectId: string;
  project: Project;
  templates: SurveyTemplate[];
}) {
  const { t } = useTranslation('questionnaires');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const languages = projectLanguages(project);
  const indicators = useMemo(() => indicatorOptions(project), [project]);
  const [templateId, setTemplateId] = useState<string>();
  const [title, setTitle] = useState('');
  const [edited, setEdited] = useState<{ templateId: string; draft: Draft }>();
  const [clientErrors, setClientErrors] = useState<{ template?: string; title?: string; questions?: string }>(
    {},
  );
  // After a first attempt to save, rows whose condition reads a switched-off question are flagged live.
  const [attempted, setAttempted] = useState(false);
  const template = useQuery({
    queryKey: ['survey-templates', templateId],
    enabled: templateId !== undefined,
    queryFn: () =>
      call(
        client.GET('/api/survey-templates/{templateId}', {
          params: { path: { templateId: templateId ?? '' } },
        }),
      ),
  });
  const draft =
    edited !== undefined && edited.templateId === templateId
      ? edited.draft
      : template.data === undefined
        ? undefined
        : draftFromDefinition(template.data.definition as Record<string, unknown>);
  const built = useMemo(() => (draft === undefined ? undefined : toDefinition(draft)), [draft]);
  const change = (next: Draft) => {
    if (templateId !== undefined) setEdited({ templateId, draft: next });
  };

  const save = useMutation({
    mutationFn: async (sent: { draft: Draft; paths: Map<string, string>; definition: object }) => {
      const chosen = templates.find((candidate) => candidate.id === templateId) as SurveyTemplate;
      return call(
        client.POST('/api/projects/{projectId}/surveys', {
          params: { path: { projectId } },
          body: {
            title: title.trim(),
            round: chosen.round,
            definition: sent.definition as Record<string, unknown>,
          },
        }),
      );
    },
    async onSuccess() {
      await queryClient.invalidateQueries({ queryKey: ['surveys', projectId] });
      await navigate(`/projects/${projectId}/questionnaires`);
    },
  });
  const errorsFor = useFieldErrors(save.error);

  // The editor's own check and the server's lint issues, each next to the question it concerns.
  const { byKey, general } = useMemo(() => {
    const map = new Map<string, string[]>();
    const rest: string[] = [];
    if (attempted && draft !== undefined) {
      const rows = draft.pages.flatMap((page) => page.items);
      const textOf = (key: string) => {
        const row = rows.find((candidate) => candidate.key === key);
        return row === undefined ? key : shownText(row.text) || key;
      };
      for (const [key, read] of brokenConditions(draft)) {
        map.set(
          key,
          read.map((name) => t('lint.unknownReference', { question: textOf(name) })),
        );
      }
    }
    if (save.error instanceof ApiProblem && save.variables !== undefined) {
      const sent = save.variables.draft;
      const textOf = (name: string) => {
        const item = sent.pages.flatMap((page) => page.items).find((row) => row.key === name);
        return item === undefined ? name : shownText(item.text) || name;
      };
      for (const error of save.error.errors) {
        if (!error.path.startsWith('body.definition')) continue;
        const key = keyOfError(sent, save.variables.paths, error);
        const message = explainLint(error.message, t, textOf);
        if (key === undefined) rest.push(message);
        else map.set(key, [...(map.get(key) ?? []), message]);
      }
    }
    return { byKey: map, general: rest };
  }, [attempted, draft, save.error, save.variables, t]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof clientErrors = {};
    if (templateId === undefined) found.template = t('add.chooseTemplate');
    else if (title.trim() === '') found.title = t('add.nameRequired');
    if (draft !== undefined && !draft.pages.some((page) => page.items.some((item) => item.enabled)))
      found.questions = t('editor.noQuestions');
    setClientErrors(found);
    setAttempted(true);
    if (draft !== undefined && brokenConditions(draft).size > 0) {
      save.reset();
      return;
    }
    if (Object.keys(found).length > 0 || draft === undefined || built === undefined) return;
    save.mutate({ draft, paths: built.paths, definition: built.definition });
  }

  const modules = draft === undefined ? [] : modulesOf(draft);
  const pageNames =
    draft?.pages.map(
      (page, index) => shownText(toTexts(page.source.title)) || String(page.source.name ?? index + 1),
    ) ?? [];
  const titleErrors = [...(clientErrors.title ? [clientErrors.title] : []), ...errorsFor('body.title')];

  return (
    <form className="questionnaire-editor" onSubmit={submit} noValidate>
      <div className="editor-main">
        <fieldset
          className={clientErrors.template ? 'section field field-invalid' : 'section field'}
          aria-describedby="template-error"
        >
          <legend>{t('add.template')}</legend>
          <div className="choice-grid">
            {templates.map((option) => (
              <label key={option.id} className="choice">
                <input
                  type="radio"
                  name="template"
                  value={option.id}
                  checked={templateId === option.id}
                  onChange={() => {
                    setTemplateId(option.id);
                    setTitle(templateTitle(option));
                    setEdited(undefined);
                    save.reset();
                  }}
                />
                <span>
                  <strong>
                    {t(`round.${option.round}`)} · {t(`group.${option.group}`)}
                  </strong>
                  <span className="muted">{t('add.questions', { count: option.questions })}</span>
                </span>
              </label>
            ))}
          </div>
          <ul className="field-errors" id="template-error">
            {clientErrors.template ? <li>{clientErrors.template}</li> : null}
          </ul>
        </fieldset>

        {templateId !== undefined ? (
          <QueryState query={template}>
            {() =>
              draft === undefined ? null : (
                <>
                  <div className="section">
                    <Field label={t('add.name')} errors={titleErrors}>
                      {(props) => (
                        <input {...props} value={title} onChange={(event) => setTitle(event.target.value)} />
                      )}
                    </Field>
                  </div>
                  {modules.length > 0 ? (
                    <fieldset className="section field">
                      <legend>{t('editor.modules')}</legend>
                      <p className="field-hint">{t('editor.modulesHint')}</p>
                      {modules.map((module) => (
                        <label key={module.id} className="check">
                          <input
                            type="checkbox"
                            checked={module.enabled > 0}
                            ref={(input) => {
                              if (input)
                                input.indeterminate = module.enabled > 0 && module.enabled < module.total;
                            }}
                            onChange={(event) => change(setModule(draft, module.id, event.target.checked))}
                          />
                          {t(`module.${module.id}`, module.id)} ·{' '}
                          {t('add.questions', { count: module.total })}
                        </label>
                      ))}
                    </fieldset>
                  ) : null}
                  <section className="section" aria-labelledby="questions-heading">
                    <h2 id="questions-heading">{t('editor.questions')}</h2>
                    <p className="field-hint">{t('editor.questionsHint')}</p>
                    {clientErrors.questions ? <p className="field-errors">{clientErrors.questions}</p> : null}
                    {draft.pages.map((page, pageIndex) => (
                      <div key={String(page.source.name ?? pageIndex)} className="q-page">
                        <h3>{pageNames[pageIndex]}</h3>
                        {page.items.length === 0 ? (
                          <p className="muted">{t('editor.emptyPage')}</p>
                        ) : (
                          <ol className="q-list">
                            {page.items.map((item) => (
                              <QuestionRow
                                key={item.key}
                                item={item}
                                languages={languages}
                                errors={byKey.get(item.key) ?? []}
                                indicatorLabel={
                                  item.own?.indicatorId
                                    ? indicators.find((option) => option.id === item.own?.indicatorId)?.label
                                    : undefined
                                }
                                onChange={(next) => change(updateItem(draft, item.key, () => next))}
                                onMove={(step) => change(moveItem(draft, item.key, step))}
                                onRemove={item.own ? () => change(removeItem(draft, item.key)) : undefined}
                              />
                            ))}
                          </ol>
                        )}
                      </div>
                    ))}
                  </section>
                  <OwnQuestionForm
                    languages={languages}
                    indicators={indicators}
                    pages={pageNames}
                    onAdd={({ page, ...question }) => change(addOwnQuestion(draft, question, page))}
                  />
                </>
              )
            }
          </QueryState>
        ) : null}

        <div className="section save-bar">
          {general.length > 0 ? (
            <div className="problem" role="alert">
              <p className="problem-title">{t('editor.lintGeneral')}</p>
              <ul>
                {general.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {save.error ? <ProblemMessage error={save.error} fieldsShown /> : null}
          {byKey.size > 0 ? (
            <p className="field-errors">{t('editor.lintAtQuestions', { count: byKey.size })}</p>
          ) : null}
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('add.action')}
          </button>
        </div>
      </div>
      {built !== undefined ? (
        <div className="editor-preview">
          <SurveyPreview definition={built.definition} languages={languages} />
        </div>
      ) : null}
    </form>
  );
}
