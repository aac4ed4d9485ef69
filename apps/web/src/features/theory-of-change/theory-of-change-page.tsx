import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ComingSoon } from '../../ui/states';

/** The theory of change editor (journey 4): nodes, arrows, assumptions, links to objectives and indicators. */
export function TheoryOfChangePage() {
  const { t } = useTranslation('theory-of-change');
  return (
    <Page title={t('title')}>
      <ComingSoon title={t('editor')} />
    </Page>
  );
}
