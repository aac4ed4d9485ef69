import type { ApiRoute } from './route.js';
import { analysisRoutes } from './routes/analysis-routes.js';
import { entryRoutes } from './routes/entry-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { keyRoutes } from './routes/key-routes.js';
import { paperRoutes } from './routes/paper-routes.js';
import { projectRoutes } from './routes/project-routes.js';
import { publicRoutes } from './routes/public-routes.js';
import { respondentRoutes } from './routes/respondent-routes.js';
import { surveyRoutes } from './routes/survey-routes.js';
import { systemRoutes } from './routes/system-routes.js';
import { waveRoutes } from './routes/wave-routes.js';

/** Every route of the HTTP API, in documentation order. */
export const apiRoutes: readonly ApiRoute[] = [
  ...systemRoutes,
  ...keyRoutes,
  ...projectRoutes,
  ...surveyRoutes,
  ...waveRoutes,
  ...publicRoutes,
  ...entryRoutes,
  ...paperRoutes,
  ...analysisRoutes,
  ...exportRoutes,
  ...respondentRoutes,
];
