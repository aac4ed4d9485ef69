import './theory-of-change.css';
import { caringNeighbourhoodsFramework, listObjectives } from '@neighbourly/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { call, client } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useProject } from '../../api/queries';
import type { Project } from '../../api/types';
import { languages as allLanguages, currentLanguage, type Language } from '../../lib/i18n';
import { Page } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { QueryState } from '../../ui/states';
import { type Texts, TranslationFields } from '../../ui/translation-fields';
import { TocDiagram } from './toc-diagram';
import {
  type DraftNode,
  newNodeId,
  removeNode,
  sortErrors,
  type TocDraft,
  tocDraftFrom,
  toTheoryOfChange,
} from './toc-draft';
import { AddEdgeForm, AddNodeForm, type LinkOption, NodeEditor } from './toc-forms';

const shown = (texts: Texts, fallback: string) =>
  texts[currentLanguage()] || texts.en || texts.nl || texts.fr || fallback;

function indicatorOptions(project: Project): LinkOption[] {
  const set = project.indicatorSet as { indicators?: { id?: unknown; label?: unknown }[] } | undefined;
  return (set?.indicators ?? []).flatMap((indicator) => {
    if (typeof indicator.id !== 'string') return [];
    const label = (indicator.label ?? {}) as Partial<Texts>;
    return [{ id: indicator.id, label: label[currentLanguage()] ?? label.en ?? indicator.id }];
  });
}

function objectiveOptions(project: Project): LinkOption[] {
  if (project.frameworkId !== caringNeighbourhoodsFramework.id) return [];
  return listObjectives(caringNeighbourhoodsFramework).map((objective) => {
    const label = objective.label as Partial<Texts>;
    return { id: objective.id, label: label[currentLanguage()] ?? label.en ?? objective.id };
  });
}

/**
 * The theory of change editor (journey 4): boxes, arrows and their assumptions, links of outcomes to
 * objectives and indicators; the diagram lays itself out with core's layout. Saving sends the whole model to
 * the server, which validates it; cycles, unknown boxes and ids are shown on the box or arrow concerned.
 */
export function TheoryOfChangePage() {
  const { t } = useTranslation('theory-of-change');
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  return (
    <Page title={t('title')}>
      <QueryState query={project}>{(data) => <TocEditor project={data} />}</QueryState>
    </Page>
  );
}

function TocEditor({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('theory-of-change');
  const queryClient = useQueryClient();
  const languages = allLanguages.filter((lng) => project.languages.includes(lng));
  const shownLanguages: Language[] = languages.length > 0 ? languages : ['en'];
  const [draft, setDraft] = useState<TocDraft>(() =>
    tocDraftFrom(project.theoryOfChange, project.frameworkId),
  );
  const [selected, setSelected] = useState<string>();
  const [saved, setSaved] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: labels follow the interface language.
  const objectives = useMemo(() => objectiveOptions(project), [project, i18n.resolvedLanguage]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: labels follow the interface language.
  const indicators = useMemo(() => indicatorOptions(project), [project, i18n.resolvedLanguage]);

  const save = useMutation({
    mutationFn: (sent: TocDraft) =>
      call(
        client.PATCH('/api/projects/{projectId}', {
          params: { path: { projectId: project.id } },
          body: { theoryOfChange: toTheoryOfChange(sent) },
        }),
      ),
    async onSuccess(updated) {
      queryClient.setQueryData(['project', project.id], updated);
      setSaved(true);
    },
  });
  const errors = useMemo(
    () => sortErrors(save.error instanceof ApiProblem ? save.error.errors : []),
    [save.error],
  );
  const change = (next: TocDraft, structural = false) => {
    setDraft(next);
    setSaved(false);
    // Errors name boxes and arrows by place: after removing one they would point at the wrong one.
    if (structural) save.reset();
  };
  const label = (node: DraftNode) => shown(node.label, node.id);
  const updateNode = (id: string, node: DraftNode) =>
    change({ ...draft, nodes: draft.nodes.map((item) => (item.id === id ? node : item)) });

  return (
    <div className="toc-page">
      <p>{t('intro')}</p>
      <section className="section toc-diagram" aria-labelledby="diagram-heading">
        <h2 id="diagram-heading">{t('diagram')}</h2>
        <p className="field-hint">{t('diagramHint')}</p>
        {draft.nodes.length === 0 ? (
          <p className="empty-state">{t('empty')}</p>
        ) : (
          <TocDiagram
            draft={draft}
            lang={currentLanguage()}
            nodeErrors={errors.nodes}
            edgeErrors={errors.edges}
            selected={selected}
            onSelect={(id) => {
              setSelected(id);
              document.getElementById(`box-${id}`)?.focus();
            }}
          />
        )}
      </section>

      <div className="toc-panels">
        <section className="section" aria-labelledby="boxes-heading">
          <h2 id="boxes-heading">{t('node.title')}</h2>
          <ul className="toc-list">
            {draft.nodes.map((node, index) => {
              const nodeErrors = errors.nodes.get(index) ?? [];
              const open = selected === node.id;
              return (
                <li
                  key={node.id}
                  className={nodeErrors.length > 0 ? 'toc-item toc-item-invalid' : 'toc-item'}
                >
                  <button
                    type="button"
                    id={`box-${node.id}`}
                    className="toc-item-button"
                    aria-expanded={open}
                    onClick={() => setSelected(open ? undefined : node.id)}
                  >
                    <span className={`toc-kind toc-kind-${node.kind}`}>{t(`kind.${node.kind}`)}</span>{' '}
                    {label(node)}
                  </button>
                  {nodeErrors.length > 0 ? (
                    <ul className="field-errors">
                      {nodeErrors.map((message) => (
                        <li key={message}>{message}</li>
                      ))}
                    </ul>
                  ) : null}
                  {open ? (
                    <NodeEditor
                      node={node}
                      languages={shownLanguages}
                      objectives={objectives}
                      indicators={indicators}
                      onChange={(next) => updateNode(node.id, next)}
                      onRemove={() => {
                        setSelected(undefined);
                        change(removeNode(draft, node.id), true);
                      }}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
          <AddNodeForm
            languages={shownLanguages}
            onAdd={(kind, text) => {
              const id = newNodeId(draft, shown(text, 'box'));
              change({
                ...draft,
                nodes: [
                  ...draft.nodes,
                  {
                    id,
                    kind,
                    label: text,
                    description: { nl: '', fr: '', en: '' },
                    objectiveIds: [],
                    indicatorIds: [],
                    buildingBlockIds: [],
                  },
                ],
              });
              setSelected(id);
            }}
          />
        </section>

        <section className="section" aria-labelledby="arrows-heading">
          <h2 id="arrows-heading">{t('edge.title')}</h2>
          {draft.edges.length === 0 ? <p className="muted">{t('edge.none')}</p> : null}
          <ul className="toc-list">
            {draft.edges.map((edge, index) => {
              const edgeErrors = errors.edges.get(index) ?? [];
              const from = draft.nodes.find((node) => node.id === edge.from);
              const to = draft.nodes.find((node) => node.id === edge.to);
              const name = `${from ? label(from) : edge.from} → ${to ? label(to) : edge.to}`;
              return (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: arrows are identified by their place.
                  key={index}
                  className={edgeErrors.length > 0 ? 'toc-item toc-item-invalid' : 'toc-item'}
                >
                  <p className="toc-edge-name">{name}</p>
                  {edgeErrors.length > 0 ? (
                    <ul className="field-errors">
                      {edgeErrors.map((message) => (
                        <li key={message}>{message}</li>
                      ))}
                    </ul>
                  ) : null}
                  <details>
                    <summary>
                      {t('edge.assumption')}
                      <span className="visually-hidden">: {name}</span>
                    </summary>
                    <TranslationFields
                      texts={edge.assumption}
                      languages={shownLanguages}
                      label={`${t('edge.assumption')}: ${name}`}
                      optional
                      missingLabel={t('missingTranslation')}
                      onChange={(assumption) =>
                        change({
                          ...draft,
                          edges: draft.edges.map((item, i) => (i === index ? { ...item, assumption } : item)),
                        })
                      }
                    />
                  </details>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      change({ ...draft, edges: draft.edges.filter((_item, i) => i !== index) }, true)
                    }
                  >
                    {t('edge.remove')}
                    <span className="visually-hidden">: {name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <AddEdgeForm
            nodes={draft.nodes}
            languages={shownLanguages}
            nodeLabel={label}
            onAdd={(edge) => change({ ...draft, edges: [...draft.edges, edge] })}
          />
        </section>
      </div>

      <div className="section save-bar">
        {errors.general.length > 0 ? (
          <ul className="field-errors">
            {errors.general.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        {save.error ? <ProblemMessage error={save.error} fieldsShown /> : null}
        {saved ? (
          <p className="notice" role="status">
            {t('saved')}
          </p>
        ) : null}
        <button
          type="button"
          className="primary"
          disabled={save.isPending || draft.nodes.length === 0}
          onClick={() => save.mutate(draft)}
        >
          {t('save')}
        </button>
      </div>
    </div>
  );
}
