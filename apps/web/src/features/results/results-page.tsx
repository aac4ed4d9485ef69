import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ComingSoon } from '../../ui/states';

/** The project's results (journey 6). */
export function ResultsPage() {
  const { t } = useTranslation('results');
  return (
    <Page title={t('title')}>
      <ComingSoon title={t('title')} />
    </Page>
  );
}
