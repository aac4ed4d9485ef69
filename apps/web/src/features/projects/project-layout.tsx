import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useParams } from 'react-router';
import { useMe, useProject } from '../../api/queries';
import { canManagePeople } from '../../lib/access';
import { QueryState } from '../../ui/states';

const sections = ['', 'questionnaires', 'theory-of-change', 'waves', 'results', 'people'] as const;

/** A project's pages: its name, the project menu and the page. */
export function ProjectLayout() {
  const { t } = useTranslation('projects');
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  const me = useMe();
  // People (keys and accounts) is for the project's administrators: the others never meet its 403.
  const shown = sections.filter((section) => section !== 'people' || canManagePeople(me.data, projectId));
  return (
    <QueryState query={project}>
      {(data) => (
        <div className="project">
          <nav className="project-nav" aria-label={t('nav.label', { name: data.name })}>
            <p className="project-name">{data.name}</p>
            <ul>
              {shown.map((section) => (
                <li key={section}>
                  <NavLink end to={`/projects/${projectId}${section === '' ? '' : `/${section}`}`}>
                    {t(`nav.${section === '' ? 'overview' : section}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="project-page">
            <Outlet />
          </div>
        </div>
      )}
    </QueryState>
  );
}
