import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectsQuery, useMe } from '../../api/queries';
import { canCreateProjects, programmeProjects } from '../../lib/access';
import { useFormat } from '../../lib/format';
import { Page } from '../../ui/page';
import { EmptyState, QueryState } from '../../ui/states';

/** The projects the signed-in person may see, and "New project" for administrators of all projects. */
export function ProjectsPage() {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const projects = useQuery(projectsQuery());
  const me = useMe();
  // Only an administrator of all projects may create one; the others see the projects they work on.
  const mayCreate = canCreateProjects(me.data);
  // Pooling needs two projects the person administers or researches.
  const mayPool = programmeProjects(me.data, projects.data ?? []).length >= 2;
  return (
    <Page
      title={t('list.title')}
      {...(mayCreate || mayPool
        ? {
            actions: (
              <>
                {mayPool ? (
                  <Link className="button secondary" to="/programme">
                    {t('list.programme')}
                  </Link>
                ) : null}
                {mayCreate ? (
                  <Link className="button primary" to="/projects/new">
                    {t('new.action')}
                  </Link>
                ) : null}
              </>
            ),
          }
        : {})}
    >
      <QueryState query={projects}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('list.empty')}>
              <p>{mayCreate ? t('list.emptyHint') : t('list.emptyNoRole')}</p>
            </EmptyState>
          ) : (
            <ul className="cards">
              {list.map((project) => (
                <li key={project.id} className="card">
                  <h2>
                    <Link to={`/projects/${project.id}`}>{project.name}</Link>
                  </h2>
                  <p className="muted">
                    {t('list.languages', {
                      languages: project.languages.map((l) => l.toUpperCase()).join(' · '),
                    })}
                    {' · '}
                    {t('list.created', { date: format.date(project.createdAt) })}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}
