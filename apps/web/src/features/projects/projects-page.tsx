import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectsQuery } from '../../api/queries';
import { useFormat } from '../../lib/format';
import { Page } from '../../ui/page';
import { EmptyState, QueryState } from '../../ui/states';

/** The projects the key may see, and "New project". */
export function ProjectsPage() {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const projects = useQuery(projectsQuery());
  return (
    <Page
      title={t('list.title')}
      actions={
        <Link className="button primary" to="/projects/new">
          {t('new.action')}
        </Link>
      }
    >
      <QueryState query={projects}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('list.empty')}>
              <p>{t('list.emptyHint')}</p>
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
