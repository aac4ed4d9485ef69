import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import type { Wave } from '../../api/types';
import { Field, useFieldErrors } from '../../ui/field';
import { Section } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import type { CreatedLink } from './links-csv';
import { endOfLocalDayIso } from './local-date-time';
import { NewLinks } from './new-links';

const groups = ['resident', 'volunteer', 'professional', 'coordinator', 'coach'] as const;

/**
 * Create invitations: new panel members (how many, which group, until when), or the panel members of an
 * earlier wave again (their answers are then linked across waves). The new links are shown once.
 */
export function CreateInvitations({
  projectId,
  wave,
  otherWaves,
}: {
  projectId: string;
  wave: Wave;
  otherWaves: Wave[];
}) {
  const { t } = useTranslation('waves');
  const queryClient = useQueryClient();
  const [count, setCount] = useState('10');
  const [group, setGroup] = useState<(typeof groups)[number]>('resident');
  const [expires, setExpires] = useState('');
  const [fromWave, setFromWave] = useState('');
  const [countError, setCountError] = useState<string>();
  const [links, setLinks] = useState<CreatedLink[]>();

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['invitations', wave.id] });
    await queryClient.invalidateQueries({ queryKey: ['waves', projectId] });
  };
  const expiresAt = expires === '' ? {} : { expiresAt: endOfLocalDayIso(expires) };

  const create = useMutation({
    mutationFn: (howMany: number) =>
      call(
        client.POST('/api/waves/{waveId}/invitations', {
          params: { path: { waveId: wave.id } },
          body: { count: howMany, group, ...expiresAt },
        }),
      ),
    async onSuccess(created) {
      setLinks(created);
      await refresh();
    },
  });
  const reinvite = useMutation({
    mutationFn: async (earlierWave: string) => {
      const earlier = await call(
        client.GET('/api/waves/{waveId}/invitations', { params: { path: { waveId: earlierWave } } }),
      );
      const already = new Set(
        (
          await call(client.GET('/api/waves/{waveId}/invitations', { params: { path: { waveId: wave.id } } }))
        ).map((invitation) => invitation.respondentId),
      );
      const respondentIds = [
        ...new Set(earlier.filter((i) => i.state !== 'revoked').map((invitation) => invitation.respondentId)),
      ].filter((id) => !already.has(id));
      if (respondentIds.length === 0) return [];
      const created: CreatedLink[] = [];
      // The API takes up to 1000 panel members per request.
      for (let start = 0; start < respondentIds.length; start += 1000) {
        created.push(
          ...(await call(
            client.POST('/api/waves/{waveId}/invitations', {
              params: { path: { waveId: wave.id } },
              body: { respondentIds: respondentIds.slice(start, start + 1000), ...expiresAt },
            }),
          )),
        );
      }
      return created;
    },
    async onSuccess(created) {
      setLinks(created);
      await refresh();
    },
  });
  const errorsFor = useFieldErrors(create.error ?? reinvite.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const howMany = Number(count);
    if (!Number.isInteger(howMany) || howMany < 1 || howMany > 1000) {
      setCountError(t('invite.countInvalid'));
      return;
    }
    setCountError(undefined);
    create.mutate(howMany);
  }

  return (
    <Section title={t('invite.title')} id="create-invitations">
      <form className="form plain" onSubmit={submit} noValidate>
        <div className="field-row">
          <Field
            label={t('invite.count')}
            errors={[...(countError ? [countError] : []), ...errorsFor('body.count')]}
          >
            {(props) => (
              <input
                {...props}
                type="number"
                min={1}
                max={1000}
                inputMode="numeric"
                value={count}
                onChange={(event) => setCount(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('invite.group')} hint={t('invite.groupHint')} errors={errorsFor('body.group')}>
            {(props) => (
              <select
                {...props}
                value={group}
                onChange={(event) => setGroup(event.target.value as (typeof groups)[number])}
              >
                {groups.map((value) => (
                  <option key={value} value={value}>
                    {t(`group.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('invite.expires')}
            hint={t('invite.expiresHint')}
            errors={errorsFor('body.expiresAt')}
          >
            {(props) => (
              <input
                {...props}
                type="date"
                value={expires}
                onChange={(event) => setExpires(event.target.value)}
              />
            )}
          </Field>
        </div>
        {create.error ? <ProblemMessage error={create.error} fieldsShown /> : null}
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('invite.action')}
        </button>
      </form>
      {otherWaves.length > 0 ? (
        <form
          className="form plain reinvite"
          onSubmit={(event) => {
            event.preventDefault();
            const chosen = fromWave || otherWaves[0]?.id;
            if (chosen !== undefined) reinvite.mutate(chosen);
          }}
        >
          <h3>{t('invite.again')}</h3>
          <p className="muted">{t('invite.againHint')}</p>
          <Field label={t('invite.fromWave')}>
            {(props) => (
              <select
                {...props}
                value={fromWave || otherWaves[0]?.id}
                onChange={(event) => setFromWave(event.target.value)}
              >
                {otherWaves.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {reinvite.error ? <ProblemMessage error={reinvite.error} fieldsShown /> : null}
          <button type="submit" className="secondary" disabled={reinvite.isPending}>
            {t('invite.againAction')}
          </button>
        </form>
      ) : null}
      {links === undefined ? null : <NewLinks links={links} waveLabel={wave.label} />}
    </Section>
  );
}
