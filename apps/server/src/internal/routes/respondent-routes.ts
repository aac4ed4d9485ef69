import { ErasureView, RespondentParams } from '../http-schemas.js';
import { loadProject } from '../load-records.js';
import { defineRoute } from '../route.js';

/** GDPR erasure of one respondent. */
export const respondentRoutes = [
  defineRoute({
    method: 'delete',
    path: '/api/projects/:projectId/respondents/:respondentId',
    tag: 'Respondents',
    summary:
      'Erase a respondent (GDPR): their responses, invitations and contact details; the audit log keeps counts only',
    access: ['admin', 'coordinator'],
    params: RespondentParams,
    responses: { 200: { description: 'What was erased', schema: ErasureView } },
    async handler({ res, params, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      const summary = await services.store.eraseRespondent(project.id, params.respondentId, {
        actor: principal?.actor ?? 'system',
      });
      res.json(summary);
    },
  }),
];
