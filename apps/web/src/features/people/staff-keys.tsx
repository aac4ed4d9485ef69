import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import { useFormat } from '../../lib/format';
import { Badge } from '../../ui/badge';
import { Field, useFieldErrors } from '../../ui/field';
import { Section } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { ScrollArea } from '../../ui/scroll-area';
import { EmptyState, QueryState } from '../../ui/states';

const roles = ['coordinator', 'researcher', 'admin'] as const;

/** The staff keys of this project (create with a role, list, revoke): for scripts and integrations. */
export function StaffKeys({ projectId }: { projectId: string }) {
  const { t } = useTranslation('people');
  const format = useFormat();
  const queryClient = useQueryClient();
  const keys = useQuery({ queryKey: ['keys'], queryFn: () => call(client.GET('/api/keys')) });
  const [name, setName] = useState('');
  const [role, setRole] = useState<(typeof roles)[number]>('coordinator');
  const [nameError, setNameError] = useState<string>();
  const [created, setCreated] = useState<{ name: string; key: string }>();

  const create = useMutation({
    mutationFn: () => call(client.POST('/api/keys', { body: { name: name.trim(), role, projectId } })),
    async onSuccess(key) {
      setCreated({ name: key.name, key: key.key });
      setName('');
      await queryClient.invalidateQueries({ queryKey: ['keys'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (keyId: string) => call(client.DELETE('/api/keys/{keyId}', { params: { path: { keyId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['keys'] }),
  });
  const errorsFor = useFieldErrors(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError(t('nameRequired'));
      return;
    }
    setNameError(undefined);
    create.mutate();
  }

  return (
    <>
      <Section title={t('create.title')} id="new-key">
        <p className="muted">{t('keysIntro')}</p>
        <form className="form plain" onSubmit={submit} noValidate>
          <div className="field-row">
            <Field
              label={t('create.name')}
              hint={t('create.nameHint')}
              errors={[...(nameError ? [nameError] : []), ...errorsFor('body.name')]}
            >
              {(props) => <input {...props} value={name} onChange={(event) => setName(event.target.value)} />}
            </Field>
            <Field label={t('create.role')} errors={errorsFor('body.role')}>
              {(props) => (
                <select
                  {...props}
                  value={role}
                  onChange={(event) => setRole(event.target.value as (typeof roles)[number])}
                >
                  {roles.map((value) => (
                    <option key={value} value={value}>
                      {t(`role.${value}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <p className="muted">{t(`roleHint.${role}`)}</p>
          {create.error ? <ProblemMessage error={create.error} fieldsShown /> : null}
          <button type="submit" className="primary" disabled={create.isPending}>
            {t('create.action')}
          </button>
        </form>
        {created === undefined ? null : (
          <div className="notice" role="status">
            <p>
              <strong>{t('create.done', { name: created.name })}</strong> {t('create.once')}
            </p>
            <p>
              <code className="secret">{created.key}</code>
            </p>
          </div>
        )}
      </Section>
      <Section title={t('list.title')} id="keys">
        {revoke.error ? <ProblemMessage error={revoke.error} /> : null}
        <QueryState query={keys}>
          {(list) => {
            const ofProject = list.filter((key) => key.projectId === projectId);
            if (ofProject.length === 0) return <EmptyState title={t('list.empty')} />;
            return (
              <ScrollArea label={t('list.title')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('create.name')}</th>
                      <th scope="col">{t('create.role')}</th>
                      <th scope="col">{t('list.created')}</th>
                      <th scope="col">{t('list.state')}</th>
                      <th scope="col">{t('list.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {ofProject.map((key) => (
                      <tr key={key.id}>
                        <th scope="row">{key.name}</th>
                        <td>{t(`role.${key.role}`)}</td>
                        <td>{format.date(key.createdAt)}</td>
                        <td>
                          {key.revokedAt === undefined ? (
                            <Badge tone="ok">{t('list.active')}</Badge>
                          ) : (
                            <Badge tone="danger">
                              {t('list.revoked', { date: format.date(key.revokedAt) })}
                            </Badge>
                          )}
                        </td>
                        <td>
                          {key.revokedAt === undefined ? (
                            <button
                              type="button"
                              className="link-button"
                              onClick={() => revoke.mutate(key.id)}
                              disabled={revoke.isPending}
                              aria-label={t('list.revokeOne', { name: key.name })}
                            >
                              {t('list.revoke')}
                            </button>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
            );
          }}
        </QueryState>
      </Section>
    </>
  );
}
