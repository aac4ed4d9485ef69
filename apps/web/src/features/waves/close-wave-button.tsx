import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import type { Wave } from '../../api/types';
import { ConfirmQuestion } from '../../ui/confirm-question';
import { ProblemMessage } from '../../ui/problem-message';

/** "Close wave", with a confirmation step: after closing, no more answers are accepted. */
export function CloseWaveButton({ wave }: { wave: Wave }) {
  const { t } = useTranslation('waves');
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const close = useMutation({
    mutationFn: () =>
      call(client.POST('/api/waves/{waveId}/close', { params: { path: { waveId: wave.id } } })),
    async onSuccess() {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['waves', wave.projectId] });
    },
  });
  if (!confirming) {
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {t('close.action')}
      </button>
    );
  }
  return (
    <ConfirmQuestion
      question={t('close.question', { label: wave.label })}
      confirmLabel={t('close.confirm')}
      cancelLabel={t('close.cancel')}
      busy={close.isPending}
      onConfirm={() => close.mutate()}
      onCancel={() => setConfirming(false)}
    >
      {close.error ? <ProblemMessage error={close.error} /> : null}
    </ConfirmQuestion>
  );
}
