import type { Language } from '@neighbourly/core';
import { renderInvitationLetters, renderPaperQuestionnaire } from '@neighbourly/report';
import { hashSecret, type Invitation, type Project, type Wave } from '@neighbourly/store';
import { HttpProblem } from '../../http-problem.js';
import { LangQuery } from '../http-schemas.js';
import { loadProject } from '../load-records.js';
import { paperQuestionnaireOf } from '../paper-questionnaire.js';
import { LettersQuery, ProjectWaveParams } from '../paper-schemas.js';
import type { Principal } from '../principal.js';
import { publicBase } from '../public-base.js';
import { defineRoute, type Services } from '../route.js';
import { createShortCode, formatShortCode } from '../short-code.js';

async function loadProjectWave(
  services: Services,
  principal: Principal | undefined,
  params: { projectId: string; waveId: string },
): Promise<{ project: Project; wave: Wave }> {
  const project = await loadProject(services, principal, params.projectId);
  const wave = await services.store.waves.get(params.waveId);
  if (wave === undefined || wave.projectId !== project.id) {
    throw new HttpProblem(404, 'not-found', 'No wave with this id in the project.');
  }
  return { project, wave };
}

async function pendingInvitations(services: Services, wave: Wave): Promise<Invitation[]> {
  const now = new Date();
  const pending: Invitation[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await services.store.invitations.list(wave.id, {
      limit: 1000,
      ...(after === undefined ? {} : { after }),
    });
    for (const invitation of page) {
      const expired = invitation.expiresAt !== undefined && new Date(invitation.expiresAt) <= now;
      if (invitation.status === 'pending' && !expired) pending.push(invitation);
    }
    if (page.length < 1000) return pending;
    after = page[page.length - 1]?.id;
  }
}

function chosenLanguage(project: Project, requested: Language | undefined): Language {
  return requested !== undefined && project.languages.includes(requested)
    ? requested
    : (project.languages[0] ?? 'en');
}

const pdf = (res: import('express').Response, file: string, bytes: Buffer) =>
  res
    .status(200)
    .type('application/pdf')
    .setHeader('Content-Disposition', `attachment; filename="${file}"`)
    .send(bytes);

/** Paper: the printable questionnaire of a wave, and printed invitation letters. */
export const paperRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/waves/:waveId/questionnaire.pdf',
    tag: 'Paper',
    summary:
      'The printable questionnaire of a wave (PDF) in one language: boxes to tick, a code box, and a QR code ' +
      'to answer online instead',
    access: ['admin', 'coordinator'],
    params: ProjectWaveParams,
    query: LangQuery,
    responses: { 200: { description: 'The questionnaire', mediaType: 'application/pdf' } },
    async handler({ req, res, params, query, principal, services }) {
      const { project, wave } = await loadProjectWave(services, principal, params);
      const version = await services.versions.get(wave.surveyId, wave.surveyVersion);
      if (version === undefined) throw new HttpProblem(404, 'not-found', 'No survey for this wave.');
      const lang = chosenLanguage(project, query.lang);
      const base = publicBase(req, services.config.NEIGHBOURLY_PUBLIC_URL);
      // Open waves: the wave's own link. Invitation waves: the page where a printed code is typed.
      const onlineUrl =
        wave.access === 'open' ? `${base}/o/${wave.id}?lang=${lang}` : `${base}/c?lang=${lang}`;
      const model = paperQuestionnaireOf(version.definition, lang, {
        projectName: project.name,
        waveLabel: wave.label,
        onlineUrl,
      });
      pdf(res, `${project.slug}-questionnaire-${lang}.pdf`, await renderPaperQuestionnaire(model));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/projects/:projectId/waves/:waveId/invitations/letters.pdf',
    tag: 'Paper',
    summary:
      'Printable invitation letters (PDF), one per page in each person’s language, with a QR code, a short ' +
      'link and a printed code. Each download gives every not-yet-used invitation a new code: links sent ' +
      'earlier for those invitations stop working',
    access: ['admin', 'coordinator'],
    params: ProjectWaveParams,
    query: LettersQuery,
    responses: {
      200: { description: 'The letters', mediaType: 'application/pdf' },
      409: { description: 'No invitation waits for a letter, or the wave is open to anyone' },
    },
    async handler({ req, res, params, query, principal, services }) {
      const { store, config } = services;
      const { project, wave } = await loadProjectWave(services, principal, params);
      if (wave.access !== 'invitation') {
        throw new HttpProblem(
          409,
          'conflict',
          'This wave is open to anyone with its link: print its questionnaire.',
        );
      }
      if (wave.status === 'closed') throw new HttpProblem(410, 'gone', 'This wave is closed.');
      const invitations = await pendingInvitations(services, wave);
      if (invitations.length === 0) {
        throw new HttpProblem(
          409,
          'conflict',
          'No invitation of this wave waits for a letter: create invitations first.',
        );
      }
      const fallback = chosenLanguage(project, query.lang);
      const base = publicBase(req, config.NEIGHBOURLY_PUBLIC_URL);
      const letters = [];
      for (const invitation of invitations) {
        const code = createShortCode();
        await store.invitations.replaceToken(invitation.id, hashSecret(code));
        const contact = await store.respondents.getContact(invitation.respondentId);
        const lang =
          contact?.language !== undefined && project.languages.includes(contact.language)
            ? contact.language
            : fallback;
        letters.push({
          lang,
          code: formatShortCode(code),
          url: `${base}/s/${code}`,
          ...(contact?.name === undefined ? {} : { name: contact.name }),
        });
      }
      await store.audit.append({
        actor: principal?.actor ?? 'system',
        action: 'invitations.letters',
        projectId: project.id,
        target: wave.id,
        details: { count: letters.length },
      });
      const bytes = await renderInvitationLetters({
        projectName: project.name,
        waveLabel: wave.label,
        ...(wave.closesAt === undefined ? {} : { closesAt: wave.closesAt }),
        letters,
      });
      pdf(res, `${project.slug}-letters-${fallback}.pdf`, bytes);
    },
  }),
];
