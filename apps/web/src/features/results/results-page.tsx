import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useProject, useSurveys, useWaves } from '../../api/queries';
import { Page } from '../../ui/page';
import { QueryState } from '../../ui/states';
import { BreakdownSection } from './breakdown-section';
import { DownloadsSection } from './downloads-section';
import { IndicatorsSection } from './indicators-section';
import { breakdownQuestions } from './labels';
import { OpenAnswersSection } from './open-answers-section';
import { indicatorsQuery, surveyDefinitionsQuery } from './queries';
import { ResponsesSection } from './responses-section';
import type { IndicatorDefinition } from './result-types';
import { TheoryOfChangeSection } from './theory-of-change-section';

const sections = [
  'responses',
  'indicators',
  'breakdown',
  'theory-of-change',
  'open-answers',
  'downloads',
] as const;

/** Results: responses over time, indicators, breakdowns, the theory of change, open answers, report and exports. */
export function ResultsPage() {
  const { t } = useTranslation('results');
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  const waves = useWaves(projectId);
  const surveys = useSurveys(projectId);
  const surveyIds = (surveys.data ?? []).map((survey) => survey.id);
  const definitions = useQuery({
    ...surveyDefinitionsQuery(projectId, surveyIds),
    enabled: surveys.data !== undefined,
  });
  const rounds = useQuery(indicatorsQuery(projectId));
  return (
    <Page title={t('title')}>
      <nav aria-label={t('sections')} className="section-nav">
        <ul>
          {sections.map((section) => (
            <li key={section}>
              <a href={`#${section}`}>{t(`nav.${section}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <QueryState query={project}>
        {(projectData) => (
          <QueryState query={waves}>
            {(waveList) => {
              const indicators = ((
                projectData.indicatorSet as { indicators?: IndicatorDefinition[] } | undefined
              )?.indicators ?? []) as IndicatorDefinition[];
              const roundLabel = (roundId: string) =>
                waveList.find((wave) => wave.id === roundId)?.label ?? roundId;
              const answeredRounds =
                rounds.data?.waves.filter((round) => (rounds.data?.respondents[round] ?? 0) > 0) ?? [];
              const tocId = (projectData.theoryOfChange as { id?: string } | undefined)?.id;
              return (
                <>
                  <ResponsesSection waves={waveList} surveys={surveys.data ?? []} />
                  <IndicatorsSection projectId={projectId} indicators={indicators} roundLabel={roundLabel} />
                  {rounds.data === undefined || definitions.data === undefined ? null : (
                    <BreakdownSection
                      projectId={projectId}
                      indicators={indicators}
                      questions={breakdownQuestions(
                        (definitions.data ?? []).map((survey) => survey.definition),
                      )}
                      rounds={answeredRounds}
                      roundLabel={roundLabel}
                    />
                  )}
                  <TheoryOfChangeSection projectId={projectId} tocId={tocId} />
                  <OpenAnswersSection projectId={projectId} waves={waveList} />
                  <DownloadsSection
                    projectId={projectId}
                    slug={projectData.slug}
                    hasWaves={waveList.length > 0}
                  />
                </>
              );
            }}
          </QueryState>
        )}
      </QueryState>
    </Page>
  );
}
