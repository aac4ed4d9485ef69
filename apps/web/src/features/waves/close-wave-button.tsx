import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api/client';
import type { Wave } from '../../api/types';
import { ProblemMessage } from '../../ui/problem-message';

/** "Close wave", with a confirmation step: after closing, no more answers are accepted. */
export function CloseWaveButton({ wave }: { wave: Wave }) {
  const { t } = useTranslation('waves');
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The question takes the focus, so a keyboard user answers it next.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
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
    <div className="confirm">
      <p id="close-question">{t('close.question', { label: wave.label })}</p>
      <button
        type="button"
        className="danger"
        onClick={() => close.mutate()}
        disabled={close.isPending}
        ref={confirmButton}
      >
        {t('close.confirm')}
      </button>
      <button type="button" className="secondary" onClick={() => setConfirming(false)}>
        {t('close.cancel')}
      </button>
      {close.error ? <ProblemMessage error={close.error} /> : null}
    </div>
  );
}
