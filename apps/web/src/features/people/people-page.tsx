import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ComingSoon } from '../../ui/states';

/** The project's people (journey 7). */
export function PeoplePage() {
  const { t } = useTranslation('people');
  return (
    <Page title={t('title')}>
      <ComingSoon title={t('title')} />
    </Page>
  );
}
