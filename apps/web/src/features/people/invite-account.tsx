import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import { projectsQuery, useMe } from '../../api/queries';
import type { AccountLink, Body } from '../../api/types';
import { hasRole } from '../../lib/access';
import { Field, useFieldErrors } from '../../ui/field';
import { Section } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { QueryState } from '../../ui/states';
import { type AccountLanguage, AccountLanguageField, accountLanguages } from './account-language-field';
import { OneTimeLink } from './one-time-link';
import { type AccountRole, accountRoles } from './roles';

type Grant = Body<'/api/accounts', 'post'>['grants'][number];

/**
 * Invite a person: their e-mail address, name and language, and a role on this project (and, if the admin
 * manages others, on those too). When the server sends e-mail, the invitation goes by e-mail; otherwise the answer
 * carries the one-time invitation link, shown here once for the admin to pass on.
 */
export function InviteAccount({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation('people');
  const queryClient = useQueryClient();
  const me = useMe();
  const projects = useQuery(projectsQuery());
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<AccountLanguage>(() => {
    const current = i18n.resolvedLanguage?.slice(0, 2);
    return accountLanguages.find((lng) => lng === current) ?? 'nl';
  });
  const [roles, setRoles] = useState<Record<string, AccountRole | ''>>({ [projectId]: 'coordinator' });
  const [missing, setMissing] = useState<{ email?: boolean; name?: boolean; roles?: boolean }>({});
  const [created, setCreated] = useState<{ name: string; email: string; link: AccountLink | undefined }>();

  const grants: Grant[] = Object.entries(roles).flatMap(([id, role]) =>
    role === '' ? [] : [{ projectId: id, role }],
  );
  const invite = useMutation({
    mutationFn: () =>
      call(
        client.POST('/api/accounts', {
          body: { email: email.trim(), name: name.trim(), language, grants },
        }),
      ),
    async onSuccess(account) {
      setCreated({ name: account.name, email: account.email, link: account.invitation });
      setEmail('');
      setName('');
      setRoles({ [projectId]: 'coordinator' });
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
    },
  });
  const errorsFor = useFieldErrors(invite.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = { email: email.trim() === '', name: name.trim() === '', roles: grants.length === 0 };
    setMissing(next);
    if (next.email || next.name || next.roles) return;
    setCreated(undefined);
    invite.mutate();
  }

  return (
    <Section title={t('invite.title')} id="invite">
      <form className="form plain" onSubmit={submit} noValidate>
        <p className="muted">{t('invite.intro')}</p>
        <div className="field-row">
          <Field
            label={t('invite.email')}
            errors={[...(missing.email ? [t('invite.emailRequired')] : []), ...errorsFor('body.email')]}
          >
            {(props) => (
              <input
                {...props}
                type="email"
                autoComplete="off"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('invite.name')}
            errors={[...(missing.name ? [t('invite.nameRequired')] : []), ...errorsFor('body.name')]}
          >
            {(props) => (
              <input
                {...props}
                autoComplete="off"
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </Field>
          <AccountLanguageField value={language} onChange={setLanguage} errors={errorsFor('body.language')} />
        </div>
        <fieldset className="field roles-per-project">
          <legend>{t('invite.roles')}</legend>
          <p className="field-hint">{t('invite.rolesHint')}</p>
          <QueryState query={projects}>
            {(list) => (
              <ul className="role-list">
                {[...list]
                  .sort((a, b) =>
                    a.id === projectId ? -1 : b.id === projectId ? 1 : a.name.localeCompare(b.name),
                  )
                  .filter((project) => hasRole(me.data, ['admin'], project.id))
                  .map((project) => (
                    <li key={project.id}>
                      <label htmlFor={`role-${project.id}`}>{project.name}</label>
                      <select
                        id={`role-${project.id}`}
                        value={roles[project.id] ?? ''}
                        onChange={(event) =>
                          setRoles((current) => ({
                            ...current,
                            [project.id]: event.target.value as AccountRole | '',
                          }))
                        }
                      >
                        <option value="">{t('role.none')}</option>
                        {accountRoles.map((role) => (
                          <option key={role} value={role}>
                            {t(`role.${role}`)}
                          </option>
                        ))}
                      </select>
                    </li>
                  ))}
              </ul>
            )}
          </QueryState>
          {missing.roles || errorsFor('body.grants').length > 0 ? (
            <ul className="field-errors">
              {missing.roles ? <li>{t('invite.rolesRequired')}</li> : null}
              {errorsFor('body.grants').map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </fieldset>
        <p className="muted">{t(`roleHint.${roles[projectId] || 'coordinator'}`)}</p>
        {invite.error ? (
          <ProblemMessage
            error={invite.error}
            fieldsShown={['email', 'name', 'language', 'grants'].some(
              (field) => errorsFor(`body.${field}`).length > 0,
            )}
          />
        ) : null}
        <button type="submit" className="primary" disabled={invite.isPending}>
          {t('invite.action')}
        </button>
      </form>
      {created === undefined ? null : created.link === undefined ? (
        <p className="notice" role="status">
          <strong>{t('link.invitation.done', { name: created.name })}</strong>{' '}
          {t('invite.emailed', { email: created.email })}
        </p>
      ) : (
        <OneTimeLink link={created.link} kind="invitation" name={created.name} />
      )}
    </Section>
  );
}
