export { NewProjectPage } from './new-project-page';
export { ProjectLayout } from './project-layout';
export { ProjectOverviewPage } from './project-overview-page';
export { ProjectsPage } from './projects-page';
