import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import { useFormat } from '../../lib/format';
import { Field, useFieldErrors } from '../../ui/field';
import { Section } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { contextInput, contextNamePattern, contextValue } from './context-values';
import './projects.css';

interface Row {
  key: number;
  name: string;
  value: string;
}

/**
 * The project's context (`PATCH /api/projects/:id` `context`): named figures and facts about the area that a
 * programme uses to group projects into types (numbers) or compare groups (texts). Editable by the project's
 * administrators and coordinators; read-only for the others.
 */
export function ContextSection({
  projectId,
  context,
  editable,
}: {
  projectId: string;
  context: Record<string, unknown> | undefined;
  editable: boolean;
}) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() =>
    Object.entries(context ?? {}).map(([name, value], key) => ({
      key,
      name,
      value: contextInput(value, format.locale),
    })),
  );
  const [nextKey, setNextKey] = useState(rows.length);
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (values: Record<string, number | string | null>) =>
      call(
        client.PATCH('/api/projects/{projectId}', {
          params: { path: { projectId } },
          body: { context: values },
        }),
      ),
    async onSuccess() {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['project', projectId] });
    },
  });
  const errorsFor = useFieldErrors(save.error);

  const nameProblem = (row: Row): string | undefined => {
    const name = row.name.trim();
    if (name === '') return t('context.nameRequired');
    if (!contextNamePattern.test(name)) return t('context.nameInvalid');
    if (rows.some((other) => other.key !== row.key && other.name.trim() === name))
      return t('context.nameTwice');
    return undefined;
  };

  function update(key: number, change: Partial<Row>) {
    setSaved(false);
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    setSaved(false);
    if (rows.some((row) => nameProblem(row) !== undefined)) return;
    save.mutate(
      Object.fromEntries(
        rows
          .map((row) => [row.name.trim(), contextValue(row.value)] as const)
          .filter(([, value]) => value !== null),
      ),
    );
  }

  if (!editable) {
    const entries = Object.entries(context ?? {});
    return (
      <Section title={t('context.title')} id="context">
        {entries.length === 0 ? (
          <p className="muted">{t('context.empty')}</p>
        ) : (
          <dl className="facts">
            {entries.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{contextInput(value, format.locale)}</dd>
              </div>
            ))}
          </dl>
        )}
      </Section>
    );
  }

  return (
    <Section title={t('context.title')} id="context">
      <form className="form plain" onSubmit={submit} noValidate>
        <p className="muted">{t('context.intro')}</p>
        <p className="field-hint">{t('context.valueHint')}</p>
        {rows.length === 0 ? <p className="muted">{t('context.empty')}</p> : null}
        {rows.map((row, index) => (
          <fieldset key={row.key} className="context-row">
            <legend className="visually-hidden">{t('context.variable', { n: index + 1 })}</legend>
            <Field
              label={t('context.name')}
              errors={
                // The form's own check first; the server's answer for this variable once the name is valid.
                nameProblem(row) === undefined
                  ? errorsFor(`body.context.${row.name.trim()}`)
                  : checked
                    ? [nameProblem(row) as string]
                    : []
              }
            >
              {(props) => (
                <input
                  {...props}
                  value={row.name}
                  autoComplete="off"
                  onChange={(event) => update(row.key, { name: event.target.value })}
                />
              )}
            </Field>
            <Field label={t('context.value')}>
              {(props) => (
                <input
                  {...props}
                  value={row.value}
                  autoComplete="off"
                  onChange={(event) => update(row.key, { value: event.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setSaved(false);
                setRows((current) => current.filter((other) => other.key !== row.key));
              }}
            >
              {t('context.remove', { name: row.name.trim() || t('context.variable', { n: index + 1 }) })}
            </button>
          </fieldset>
        ))}
        <div className="inline-form">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setSaved(false);
              setRows((current) => [...current, { key: nextKey, name: '', value: '' }]);
              setNextKey((key) => key + 1);
            }}
          >
            {t('context.add')}
          </button>
          <button type="submit" className="primary" disabled={save.isPending} aria-busy={save.isPending}>
            {t('context.save')}
          </button>
        </div>
        {save.error ? (
          <ProblemMessage
            error={save.error}
            fieldsShown={rows.some((row) => errorsFor(`body.context.${row.name.trim()}`).length > 0)}
          />
        ) : null}
        <p role="status" className="muted">
          {saved ? t('context.saved') : ''}
        </p>
      </form>
    </Section>
  );
}
