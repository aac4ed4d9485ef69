import { serverVersion } from '../server-version.js';
import { pageRoutes } from './page-routes.js';
import type { ApiRoute } from './route.js';
import { accountLinkRoutes } from './routes/account-link-routes.js';
import { accountRoutes } from './routes/account-routes.js';
import { analysisRoutes } from './routes/analysis-routes.js';
import { entryRoutes } from './routes/entry-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { invitationRoutes } from './routes/invitation-routes.js';
import { keyRoutes } from './routes/key-routes.js';
import { mailRoutes } from './routes/mail-routes.js';
import { openAnswerRoutes } from './routes/open-answer-routes.js';
import { openApiRoute } from './routes/openapi-route.js';
import { paperRoutes } from './routes/paper-routes.js';
import { programmeRoutes } from './routes/programme-routes.js';
import { projectRoutes } from './routes/project-routes.js';
import { publicRoutes } from './routes/public-routes.js';
import { respondentRoutes } from './routes/respondent-routes.js';
import { sessionRoutes } from './routes/session-routes.js';
import { surveyRoutes } from './routes/survey-routes.js';
import { systemRoutes } from './routes/system-routes.js';
import { templateRoutes } from './routes/template-routes.js';
import { waveRoutes } from './routes/wave-routes.js';

/**
 * Every route of the HTTP API, in documentation order. The router serves exactly these, and the OpenAPI
 * document describes exactly these (and the pages): add a route here (with `defineRoute`) and it is both
 * served and documented. See docs/contributing.md.
 */
export const apiRoutes: readonly ApiRoute[] = [
  ...systemRoutes,
  openApiRoute(() => ({ routes: apiRoutes, pages: pageRoutes, version: serverVersion })),
  ...sessionRoutes,
  ...accountRoutes,
  ...accountLinkRoutes,
  ...keyRoutes,
  ...projectRoutes,
  ...templateRoutes,
  ...surveyRoutes,
  ...waveRoutes,
  ...invitationRoutes,
  ...mailRoutes,
  ...publicRoutes,
  ...entryRoutes,
  ...paperRoutes,
  ...analysisRoutes,
  ...openAnswerRoutes,
  ...programmeRoutes,
  ...exportRoutes,
  ...respondentRoutes,
];
