import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe, useProject, useSurveys, useWaves } from '../../api/queries';
import { hasRole } from '../../lib/access';
import { Page, Section } from '../../ui/page';
import { QueryState } from '../../ui/states';
import { ContextSection } from './context-section';

/** A project at a glance: the next steps of the evaluation cycle, each with its action. */
export function ProjectOverviewPage() {
  const { t } = useTranslation('projects');
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  const surveys = useSurveys(projectId);
  const waves = useWaves(projectId);
  const me = useMe();
  const base = `/projects/${projectId}`;
  const openWaves = waves.data?.filter((wave) => wave.status === 'open').length ?? 0;
  return (
    <QueryState query={project}>
      {(data) => (
        <Page title={data.name}>
          <ol className="steps">
            <li>
              <Section title={t('overview.questionnaires')}>
                <QueryState query={surveys}>
                  {(list) => <p>{t('overview.questionnaireCount', { count: list.length })}</p>}
                </QueryState>
                <Link className="button" to={`${base}/questionnaires/new`}>
                  {t('overview.addQuestionnaire')}
                </Link>
              </Section>
            </li>
            <li>
              <Section title={t('overview.waves')}>
                <QueryState query={waves}>
                  {(list) => <p>{t('overview.waveCount', { count: list.length, open: openWaves })}</p>}
                </QueryState>
                <Link className="button" to={`${base}/waves/new`}>
                  {t('overview.openWave')}
                </Link>
              </Section>
            </li>
            <li>
              <Section title={t('overview.results')}>
                <p>{t('overview.resultsHint')}</p>
                <Link className="button" to={`${base}/results`}>
                  {t('overview.seeResults')}
                </Link>
              </Section>
            </li>
          </ol>
          <p className="muted">
            {t('overview.parts', {
              languages: data.languages.map((l) => l.toUpperCase()).join(' · '),
              indicators:
                (data.indicatorSet as { indicators?: unknown[] } | undefined)?.indicators?.length ?? 0,
            })}
          </p>
          <ContextSection
            key={projectId}
            projectId={projectId}
            context={data.context}
            editable={hasRole(me.data, ['admin', 'coordinator'], projectId)}
          />
        </Page>
      )}
    </QueryState>
  );
}
