import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSurveys, useWaves } from '../../api/queries';
import { useFormat } from '../../lib/format';
import { Page } from '../../ui/page';
import { ScrollArea } from '../../ui/scroll-area';
import { EmptyState, QueryState } from '../../ui/states';
import { WaveStatus } from './wave-status';

/** The project's waves with their counts and response rates, and "Open wave". */
export function WavesPage() {
  const { t } = useTranslation('waves');
  const { projectId = '' } = useParams();
  const waves = useWaves(projectId);
  const surveys = useSurveys(projectId);
  const format = useFormat();
  const surveyName = (id: string) => surveys.data?.find((survey) => survey.id === id)?.name ?? '';
  return (
    <Page
      title={t('list.title')}
      actions={
        <Link className="button primary" to={`/projects/${projectId}/waves/new`}>
          {t('open.action')}
        </Link>
      }
    >
      <QueryState query={waves}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('list.empty')}>
              <p>{t('list.emptyHint')}</p>
            </EmptyState>
          ) : (
            <ScrollArea label={t('list.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('list.label')}</th>
                    <th scope="col">{t('list.questionnaire')}</th>
                    <th scope="col">{t('list.status')}</th>
                    <th scope="col">{t('list.access')}</th>
                    <th scope="col" className="num">
                      {t('list.invited')}
                    </th>
                    <th scope="col" className="num">
                      {t('list.responses')}
                    </th>
                    <th scope="col" className="num">
                      {t('list.rate')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((wave) => (
                    <tr key={wave.id}>
                      <th scope="row">
                        <Link to={`/projects/${projectId}/waves/${wave.id}`}>{wave.label}</Link>
                      </th>
                      <td>{surveyName(wave.surveyId)}</td>
                      <td>
                        <WaveStatus wave={wave} />
                      </td>
                      <td>{t(`access.${wave.access}`)}</td>
                      <td className="num">{wave.counts?.invited ?? 0}</td>
                      <td className="num">{wave.counts?.responses ?? 0}</td>
                      <td className="num">
                        {wave.counts?.responseRate === undefined
                          ? '—'
                          : format.percent(wave.counts.responseRate)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          )
        }
      </QueryState>
    </Page>
  );
}
