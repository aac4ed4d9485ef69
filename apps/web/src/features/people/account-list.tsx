import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import { projectsQuery } from '../../api/queries';
import type { Account, AccountLink, Body } from '../../api/types';
import { Badge } from '../../ui/badge';
import { ConfirmQuestion } from '../../ui/confirm-question';
import { Section } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { ScrollArea } from '../../ui/scroll-area';
import { EmptyState, QueryState } from '../../ui/states';
import { AccountDetailsForm } from './account-details-form';
import { OneTimeLink } from './one-time-link';
import { type AccountRole, accountRoles } from './roles';

type Patch = Body<'/api/accounts/{accountId}', 'patch'>;
const statusTone = { invited: 'warn', active: 'ok', disabled: 'danger' } as const;

/**
 * The accounts with a role on this project: status (invited, active, disabled), the role here and on the
 * caller's other projects; change the role, disable or enable, or make a new one-time link.
 */
export function AccountList({ projectId }: { projectId: string }) {
  const { t } = useTranslation('people');
  const queryClient = useQueryClient();
  const accounts = useQuery({ queryKey: ['accounts'], queryFn: () => call(client.GET('/api/accounts')) });
  const projects = useQuery(projectsQuery());
  // The account whose removal from this project waits for a confirmation, or whose details are being edited.
  const [removing, setRemoving] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const [shown, setShown] = useState<{
    name: string;
    kind: 'invitation' | 'password-reset';
    link: AccountLink;
  }>();

  const change = useMutation({
    mutationFn: ({ account, patch }: { account: Account; patch: Patch }) =>
      call(
        client.PATCH('/api/accounts/{accountId}', {
          params: { path: { accountId: account.id } },
          body: patch,
        }),
      ),
    async onSuccess() {
      setRemoving(undefined);
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
    },
  });
  const newLink = useMutation({
    mutationFn: async ({ account, kind }: { account: Account; kind: 'invitation' | 'password-reset' }) => {
      const options = { params: { path: { accountId: account.id } } };
      const link = await call(
        kind === 'invitation'
          ? client.POST('/api/accounts/{accountId}/invitation', options)
          : client.POST('/api/accounts/{accountId}/password-reset', options),
      );
      return { name: account.name, kind, link };
    },
    onSuccess: setShown,
  });

  /** The account's roles with the one on this project replaced (the server keeps roles the caller cannot see). */
  function withRole(account: Account, role: AccountRole): Patch {
    const others = account.grants.filter((grant) => grant.projectId !== projectId);
    return { grants: [...others, { projectId, role }] };
  }

  const projectName = (id: string | undefined) =>
    id === undefined
      ? t('accounts.allProjects')
      : (projects.data?.find((project) => project.id === id)?.name ?? t('accounts.otherProject'));

  return (
    <Section title={t('accounts.title')} id="accounts">
      {change.error ? <ProblemMessage error={change.error} /> : null}
      {newLink.error ? <ProblemMessage error={newLink.error} /> : null}
      {shown === undefined ? null : <OneTimeLink link={shown.link} kind={shown.kind} name={shown.name} />}
      <QueryState query={accounts}>
        {(list) => {
          const here = list.filter((account) =>
            account.grants.some((grant) => grant.projectId === projectId || grant.projectId === undefined),
          );
          if (here.length === 0) return <EmptyState title={t('accounts.empty')} />;
          return (
            <ScrollArea label={t('accounts.title')}>
              <table className="accounts">
                <thead>
                  <tr>
                    <th scope="col">{t('accounts.person')}</th>
                    <th scope="col">{t('accounts.status')}</th>
                    <th scope="col">{t('accounts.roleHere')}</th>
                    <th scope="col">{t('accounts.otherRoles')}</th>
                    <th scope="col">{t('list.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {here.map((account) => {
                    const grantHere = account.grants.find((grant) => grant.projectId === projectId);
                    const others = account.grants.filter((grant) => grant.projectId !== projectId);
                    return (
                      <tr key={account.id}>
                        <th scope="row">
                          {account.name}
                          <br />
                          <span className="muted">{account.email}</span>
                        </th>
                        <td>
                          <Badge tone={statusTone[account.status]}>
                            {t(`accounts.state.${account.status}`)}
                          </Badge>
                        </td>
                        <td>
                          {grantHere === undefined ? (
                            t(`role.${others[0]?.role ?? 'admin'}`)
                          ) : (
                            <select
                              aria-label={t('accounts.roleOf', { name: account.name })}
                              value={grantHere.role}
                              disabled={change.isPending}
                              onChange={(event) =>
                                change.mutate({
                                  account,
                                  patch: withRole(account, event.target.value as AccountRole),
                                })
                              }
                            >
                              {accountRoles.map((role) => (
                                <option key={role} value={role}>
                                  {t(`role.${role}`)}
                                </option>
                              ))}
                            </select>
                          )}
                        </td>
                        <td>
                          {others.length === 0 ? (
                            <span className="muted">{t('accounts.none')}</span>
                          ) : (
                            <ul className="plain-list">
                              {others.map((grant) => (
                                <li key={`${grant.projectId ?? '*'}:${grant.role}`}>
                                  {projectName(grant.projectId)}: {t(`role.${grant.role}`)}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td>
                          <div className="row-actions">
                            {account.status === 'invited' ? (
                              <button
                                type="button"
                                className="link-button"
                                disabled={newLink.isPending}
                                onClick={() => newLink.mutate({ account, kind: 'invitation' })}
                                aria-label={t('accounts.newInvitationOf', { name: account.name })}
                              >
                                {t('accounts.newInvitation')}
                              </button>
                            ) : null}
                            {account.status === 'active' ? (
                              <button
                                type="button"
                                className="link-button"
                                disabled={newLink.isPending}
                                onClick={() => newLink.mutate({ account, kind: 'password-reset' })}
                                aria-label={t('accounts.resetLinkOf', { name: account.name })}
                              >
                                {t('accounts.resetLink')}
                              </button>
                            ) : null}
                            <button
                              type="button"
                              className="link-button"
                              onClick={() => {
                                setRemoving(undefined);
                                setEditing(account.id);
                              }}
                              aria-label={t('accounts.detailsOf', { name: account.name })}
                            >
                              {t('accounts.details')}
                            </button>
                            {grantHere === undefined ? null : (
                              <button
                                type="button"
                                className="link-button"
                                disabled={change.isPending}
                                onClick={() => {
                                  setEditing(undefined);
                                  setRemoving(account.id);
                                }}
                                aria-label={t('accounts.removeOf', { name: account.name })}
                              >
                                {t('accounts.remove')}
                              </button>
                            )}
                            {account.status === 'disabled' ? (
                              <button
                                type="button"
                                className="link-button"
                                disabled={change.isPending}
                                onClick={() => change.mutate({ account, patch: { status: 'active' } })}
                                aria-label={t('accounts.enableOf', { name: account.name })}
                              >
                                {t('accounts.enable')}
                              </button>
                            ) : (
                              <button
                                type="button"
                                className="link-button"
                                disabled={change.isPending}
                                onClick={() => change.mutate({ account, patch: { status: 'disabled' } })}
                                aria-label={t('accounts.disableOf', { name: account.name })}
                              >
                                {t('accounts.disable')}
                              </button>
                            )}
                          </div>
                          {editing === account.id ? (
                            <AccountDetailsForm account={account} onDone={() => setEditing(undefined)} />
                          ) : null}
                          {removing === account.id ? (
                            <ConfirmQuestion
                              question={t('accounts.removeQuestion', { name: account.name })}
                              confirmLabel={t('accounts.removeConfirm')}
                              cancelLabel={t('accounts.removeCancel')}
                              busy={change.isPending}
                              onConfirm={() => change.mutate({ account, patch: { grants: others } })}
                              onCancel={() => setRemoving(undefined)}
                            />
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollArea>
          );
        }}
      </QueryState>
    </Section>
  );
}
