import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import { meQuery } from '../../api/queries';
import { useFormat } from '../../lib/format';
import { Field } from '../../ui/field';
import { Section } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { localDateTimeToIso } from './local-date-time';

/** What the server queued: how many e-mails, how many invitations had no address. */
interface Queued {
  queued: number;
  withoutAddress: number;
  sendAt: string;
}

/**
 * E-mail for a wave: "Send invitations" (to everyone with an address not e-mailed yet) and "Send reminder"
 * (now, or at a chosen time, to those who have not completed), with the scheduled reminders; or a notice when
 * the server has no e-mail.
 */
export function EmailSection({ waveId, open }: { waveId: string; open: boolean }) {
  const { t } = useTranslation('waves');
  const format = useFormat();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery());
  const enabled = me.data?.email.enabled === true;
  const reminders = useQuery({
    queryKey: ['reminders', waveId],
    queryFn: () => call(client.GET('/api/waves/{waveId}/reminders', { params: { path: { waveId } } })),
    enabled,
  });
  const [at, setAt] = useState('');
  const [done, setDone] = useState<{ kind: 'invitations' | 'reminders'; result: Queued }>();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['invitations', waveId] });
    await queryClient.invalidateQueries({ queryKey: ['reminders', waveId] });
  };
  const sendInvitations = useMutation({
    mutationFn: () =>
      call(client.POST('/api/waves/{waveId}/invitations/send', { params: { path: { waveId } } })),
    async onSuccess(result) {
      setDone({ kind: 'invitations', result });
      await refresh();
    },
  });
  const sendReminder = useMutation({
    mutationFn: () =>
      call(
        client.POST('/api/waves/{waveId}/reminders', {
          params: { path: { waveId } },
          body: at === '' ? {} : { at: localDateTimeToIso(at) },
        }),
      ),
    async onSuccess(result) {
      setDone({ kind: 'reminders', result });
      setAt('');
      await refresh();
    },
  });

  if (me.data === undefined) return null;
  if (!enabled) {
    return (
      <Section title={t('email.title')}>
        <p className="notice">{t('email.off')}</p>
      </Section>
    );
  }
  const busy = sendInvitations.isPending || sendReminder.isPending;
  return (
    <Section title={t('email.title')}>
      <p>{t('email.hint')}</p>
      {open ? (
        <>
          <p>
            <button type="button" onClick={() => sendInvitations.mutate()} disabled={busy}>
              {t('email.sendInvitations')}
            </button>
          </p>
          <div className="inline-form">
            <Field label={t('email.reminderAt')}>
              {(props) => (
                <input
                  {...props}
                  type="datetime-local"
                  value={at}
                  onChange={(event) => setAt(event.target.value)}
                />
              )}
            </Field>
            <button type="button" className="secondary" onClick={() => sendReminder.mutate()} disabled={busy}>
              {at === '' ? t('email.sendReminder') : t('email.scheduleReminder')}
            </button>
          </div>
        </>
      ) : null}
      {done ? (
        <p role="status">
          {t(done.kind === 'invitations' ? 'email.invitationsQueued' : 'email.remindersQueued', {
            count: done.result.queued,
            when: format.dateTime(done.result.sendAt),
          })}{' '}
          {done.result.withoutAddress > 0
            ? t('email.withoutAddress', { count: done.result.withoutAddress })
            : null}
        </p>
      ) : null}
      {sendInvitations.error ? <ProblemMessage error={sendInvitations.error} /> : null}
      {sendReminder.error ? <ProblemMessage error={sendReminder.error} /> : null}
      {reminders.data && reminders.data.length > 0 ? (
        <ul>
          {reminders.data.map((batch) => (
            <li key={batch.scheduledAt}>
              {t('email.reminderBatch', {
                when: format.dateTime(batch.scheduledAt),
                queued: batch.queued,
                sent: batch.sent,
                failed: batch.failed,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
