import { HttpProblem } from '../../http-problem.js';
import { ContactBody, ErasureView, RespondentParams } from '../http-schemas.js';
import { loadProject } from '../load-records.js';
import { defineRoute } from '../route.js';

/** Contact details and GDPR erasure of one respondent. */
export const respondentRoutes = [
  defineRoute({
    method: 'put',
    path: '/api/projects/:projectId/respondents/:respondentId/contact',
    tag: 'Respondents',
    summary:
      'Set (replace) the contact details of a respondent: name, e-mail address, phone, language; kept apart from answers, never exported',
    access: ['admin', 'coordinator'],
    params: RespondentParams,
    body: ContactBody,
    responses: { 204: { description: 'Stored' } },
    async handler({ res, params, body, principal, services }) {
      const project = await loadProject(services, principal, params.projectId);
      const respondent = await services.store.respondents.get(params.respondentId);
      if (respondent === undefined || respondent.projectId !== project.id) {
        throw new HttpProblem(404, 'not-found', 'No respondent with this id in the project.');
      }
      await services.store.respondents.setContact(respondent.id, {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.email === undefined ? {} : { email: body.email }),
        ...(body.phone === undefined ? {} : { phone: body.phone }),
        ...(body.language === undefined ? {} : { language: body.language }),
      });
      // The entry names the respondent only: erasing them redacts it.
      await services.store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'respondent.contact-set',
        projectId: project.id,
        target: respondent.id,
      });
      res.status(204).end();
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/projects/:projectId/respondents/:respondentId',
    tag: 'Respondents',
    summary:
      'Erase a respondent (GDPR): their responses, invitations, contact details and e-mails; the audit log keeps counts only',
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
