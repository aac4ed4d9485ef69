import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ComingSoon } from '../../ui/states';

/** The project's waves (journey 5). */
export function WavesPage() {
  const { t } = useTranslation('waves');
  return (
    <Page title={t('title')}>
      <ComingSoon title={t('title')} />
    </Page>
  );
}
