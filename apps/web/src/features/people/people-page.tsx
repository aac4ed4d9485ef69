import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../../api/queries';
import { canManagePeople } from '../../lib/access';
import { Page } from '../../ui/page';
import { EmptyState, QueryState } from '../../ui/states';
import { AccountList } from './account-list';
import { InviteAccount } from './invite-account';
import { StaffKeys } from './staff-keys';
import './people.css';

/**
 * People: the project's staff accounts (invite a person, their status and role, change it, disable) and, for
 * scripts, its staff keys. For administrators of the project; anyone else reads what it is and whom to ask.
 */
export function PeoplePage() {
  const { t } = useTranslation('people');
  const { projectId = '' } = useParams();
  const me = useMe();
  return (
    <Page title={t('title')}>
      <QueryState query={me}>
        {(data) =>
          canManagePeople(data, projectId) ? (
            <>
              <p>{t('intro')}</p>
              <InviteAccount projectId={projectId} />
              <AccountList projectId={projectId} />
              <StaffKeys projectId={projectId} />
            </>
          ) : (
            <EmptyState title={t('noAccess.title')}>
              <p>{t('noAccess.text')}</p>
            </EmptyState>
          )
        }
      </QueryState>
    </Page>
  );
}
