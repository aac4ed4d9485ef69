import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import { useFormat } from '../../lib/format';
import { Badge } from '../../ui/badge';
import { Section } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { ScrollArea } from '../../ui/scroll-area';
import { EmptyState, QueryState } from '../../ui/states';
import { invitationsQuery } from './queries';

const states = ['not-opened', 'started', 'completed', 'expired', 'revoked'] as const;
const tones = {
  'not-opened': 'muted',
  started: 'warn',
  completed: 'ok',
  expired: 'danger',
  revoked: 'danger',
} as const;

/** Every invitation of the wave with its state; revoke one that is not completed. */
export function InvitationList({ waveId, canRevoke }: { waveId: string; canRevoke: boolean }) {
  const { t } = useTranslation('waves');
  const format = useFormat();
  const queryClient = useQueryClient();
  const invitations = useQuery(invitationsQuery(waveId));
  const [shown, setShown] = useState<(typeof states)[number] | 'all'>('all');
  const revoke = useMutation({
    mutationFn: (invitationId: string) =>
      call(client.DELETE('/api/invitations/{invitationId}', { params: { path: { invitationId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invitations', waveId] }),
  });
  return (
    <Section title={t('invitations.title')} id="invitations">
      <QueryState query={invitations}>
        {(list) => {
          if (list.length === 0) return <EmptyState title={t('invitations.empty')} />;
          const counts = Object.fromEntries(
            states.map((state) => [state, list.filter((i) => i.state === state).length]),
          );
          const visible = shown === 'all' ? list : list.filter((invitation) => invitation.state === shown);
          return (
            <>
              <fieldset className="filter">
                <legend>{t('invitations.filter')}</legend>
                {(['all', ...states] as const).map((state) => (
                  <label key={state} className="check">
                    <input
                      type="radio"
                      name="state"
                      checked={shown === state}
                      onChange={() => setShown(state)}
                    />
                    {state === 'all'
                      ? t('invitations.all', { count: list.length })
                      : `${t(`state.${state}`)} (${counts[state]})`}
                  </label>
                ))}
              </fieldset>
              {revoke.error ? <ProblemMessage error={revoke.error} /> : null}
              <ScrollArea label={t('invitations.title')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('invitations.respondent')}</th>
                      <th scope="col">{t('invite.group')}</th>
                      <th scope="col">{t('invitations.state')}</th>
                      <th scope="col">{t('email.delivery')}</th>
                      <th scope="col">{t('invitations.created')}</th>
                      <th scope="col">{t('invite.expires')}</th>
                      {canRevoke ? <th scope="col">{t('invitations.actions')}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {visible.map((invitation) => (
                      <tr key={invitation.invitationId}>
                        <td>
                          <code title={invitation.respondentId}>{invitation.respondentId.slice(-8)}</code>
                        </td>
                        <td>
                          {invitation.group === undefined
                            ? '—'
                            : t(`group.${invitation.group}`, invitation.group)}
                        </td>
                        <td>
                          <Badge tone={tones[invitation.state]}>{t(`state.${invitation.state}`)}</Badge>
                        </td>
                        <td>
                          {invitation.delivery === undefined ? '—' : t(`delivery.${invitation.delivery}`)}
                        </td>
                        <td>{format.date(invitation.createdAt)}</td>
                        <td>
                          {invitation.expiresAt === undefined ? '—' : format.date(invitation.expiresAt)}
                        </td>
                        {canRevoke ? (
                          <td>
                            {invitation.state === 'completed' || invitation.state === 'revoked' ? null : (
                              <button
                                type="button"
                                className="link-button"
                                disabled={revoke.isPending}
                                onClick={() => revoke.mutate(invitation.invitationId)}
                                aria-label={t('invitations.revokeOne', {
                                  id: invitation.respondentId.slice(-8),
                                })}
                              >
                                {t('invitations.revoke')}
                              </button>
                            )}
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
            </>
          );
        }}
      </QueryState>
    </Section>
  );
}
