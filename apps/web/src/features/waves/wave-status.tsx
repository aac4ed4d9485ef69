import { useTranslation } from 'react-i18next';
import type { Wave } from '../../api/types';
import { Badge } from '../../ui/badge';

/** A wave's status: open, closed, or scheduled (open but before its opening date). */
export function WaveStatus({ wave }: { wave: Wave }) {
  const { t } = useTranslation('waves');
  const scheduled =
    wave.status === 'open' && wave.opensAt !== undefined && new Date(wave.opensAt) > new Date();
  if (scheduled) return <Badge tone="warn">{t('status.scheduled')}</Badge>;
  return <Badge tone={wave.status === 'open' ? 'ok' : 'muted'}>{t(`status.${wave.status}`)}</Badge>;
}
