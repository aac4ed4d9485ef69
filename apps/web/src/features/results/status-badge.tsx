import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge';
import type { Status } from './result-types';

const tones = {
  achieved: 'ok',
  improving: 'ok',
  'no-change': 'muted',
  worsening: 'danger',
  'insufficient-data': 'muted',
  mixed: 'warn',
  'not-measured': 'muted',
} as const;

/** The progress status the API computed, in words. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation('results');
  return <Badge tone={tones[status] ?? 'muted'}>{t(`status.${status}`)}</Badge>;
}
