import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { projectsQuery, useMe } from '../../api/queries';
import { programmeProjects } from '../../lib/access';
import { useFieldErrors } from '../../ui/field';
import { Page, Section } from '../../ui/page';
import { ProblemMessage } from '../../ui/problem-message';
import { EmptyState, Loading, QueryState } from '../../ui/states';
import { ProgrammeForm } from './programme-form';
import { programmeQuery, requestFrom, searchOf } from './programme-query';
import { ProgrammeResultsView } from './programme-results-view';
import './programme.css';

/**
 * The programme: several projects pooled (`GET /api/programmes/results`). The request lives in the address, so
 * "Pool" is a navigation and a pooled view can be bookmarked or shared with a colleague who has the same access.
 */
export function ProgrammePage() {
  const { t } = useTranslation('programme');
  const [params, setParams] = useSearchParams();
  const request = requestFrom(params);
  const me = useMe();
  const projects = useQuery(projectsQuery());
  const programme = useQuery({
    ...programmeQuery(request ?? { projects: [], method: 'REML', ci: 'hartung-knapp' }),
    enabled: request !== undefined,
  });
  const errorsFor = useFieldErrors(programme.error);
  const contextVariables = [
    ...new Set((programme.data?.projects ?? []).flatMap((project) => Object.keys(project.context))),
  ].sort();
  const fieldPaths = ['query.projects', 'query.typology', 'query.by'];
  return (
    <Page title={t('title')}>
      <p className="muted">{t('intro')}</p>
      <Section title={t('choose.title')} id="choose">
        <QueryState query={projects}>
          {(list) => {
            if (me.data === undefined) return <Loading />;
            const eligible = programmeProjects(me.data, list);
            if (eligible.length < 2) {
              return (
                <EmptyState title={eligible.length === 0 ? t('choose.noProjects') : t('choose.onlyOne')} />
              );
            }
            return (
              <ProgrammeForm
                key={params.toString()}
                eligible={eligible}
                initial={request}
                contextVariables={contextVariables}
                errorsFor={errorsFor}
                busy={programme.isFetching}
                onSubmit={(next) => setParams(searchOf(next))}
              />
            );
          }}
        </QueryState>
      </Section>
      {request === undefined ? null : programme.error ? (
        <ProblemMessage
          error={programme.error}
          fieldsShown={fieldPaths.some((path) => errorsFor(path).length > 0)}
        />
      ) : programme.data === undefined ? (
        <Loading label={t('choose.computing')} />
      ) : (
        <ProgrammeResultsView key={params.toString()} programme={programme.data} request={request} />
      )}
    </Page>
  );
}
