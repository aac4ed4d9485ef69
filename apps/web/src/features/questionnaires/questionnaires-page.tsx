import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSurveys } from '../../api/queries';
import { useFormat } from '../../lib/format';
import { Page } from '../../ui/page';
import { EmptyState, QueryState } from '../../ui/states';

/** The project's questionnaires, and "Add questionnaire". */
export function QuestionnairesPage() {
  const { t } = useTranslation('questionnaires');
  const { projectId = '' } = useParams();
  const surveys = useSurveys(projectId);
  const format = useFormat();
  return (
    <Page
      title={t('list.title')}
      actions={
        <Link className="button primary" to={`/projects/${projectId}/questionnaires/new`}>
          {t('add.action')}
        </Link>
      }
    >
      <QueryState query={surveys}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('list.empty')}>
              <p>{t('list.emptyHint')}</p>
            </EmptyState>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('list.name')}</th>
                  <th scope="col">{t('list.round')}</th>
                  <th scope="col">{t('list.created')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((survey) => (
                  <tr key={survey.id}>
                    <td>{survey.name}</td>
                    <td>{survey.round === undefined ? '—' : t(`round.${survey.round}`)}</td>
                    <td>{format.date(survey.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryState>
    </Page>
  );
}
