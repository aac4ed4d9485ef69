import type { Language } from '@neighbourly/core';
import { hashSecret, type Invitation, type Project, type SurveyVersion, type Wave } from '@neighbourly/store';
import type { Request } from 'express';
import { HttpProblem } from '../http-problem.js';
import type { Services } from './route.js';
import { normalizeShortCode } from './short-code.js';

/** What a respondent's link gives access to. */
export interface RespondentTarget {
  project: Project;
  wave: Wave;
  version: SurveyVersion;
  invitation?: Invitation;
}

/** Throws unless the wave accepts responses now: 410 `closed`, 409 `not-yet-open`. */
function requireAnswerable(wave: Wave, now: Date): void {
  if (wave.status === 'closed' || (wave.closesAt !== undefined && new Date(wave.closesAt) <= now)) {
    throw new HttpProblem(410, 'gone', 'This survey is closed.', { reason: 'closed' });
  }
  if (wave.status === 'draft' || (wave.opensAt !== undefined && new Date(wave.opensAt) > now)) {
    throw new HttpProblem(409, 'conflict', 'This survey is not open yet.', { reason: 'not-yet-open' });
  }
}

async function loadTarget(services: Services, wave: Wave): Promise<Omit<RespondentTarget, 'invitation'>> {
  const project = await services.store.projects.get(wave.projectId);
  const version = await services.versions.get(wave.surveyId, wave.surveyVersion);
  if (project === undefined || version === undefined) {
    throw new HttpProblem(404, 'not-found', 'This survey does not exist.', { reason: 'invalid' });
  }
  return { project, wave, version };
}

/** The invitation of a link token or a printed code (typed in any case, with or without its dash). */
export function findInvitation(services: Services, tokenOrCode: string): Promise<Invitation | undefined> {
  return services.store.invitations.getByTokenHash(
    hashSecret(normalizeShortCode(tokenOrCode) ?? tokenOrCode),
  );
}

/**
 * Resolves an invitation token or printed code (looked up by its hash): 404 `invalid` for an unknown token, 410 `revoked`,
 * `expired` or `closed`, 409 `already-complete` (reason `used`) once completed unless `allowCompleted`.
 */
export async function resolveInvitation(
  services: Services,
  token: string,
  options: { allowCompleted?: boolean } = {},
): Promise<RespondentTarget & { invitation: Invitation }> {
  const now = new Date();
  const invitation = await findInvitation(services, token);
  if (invitation === undefined) {
    throw new HttpProblem(404, 'not-found', 'This survey link is not valid.', { reason: 'invalid' });
  }
  if (invitation.status === 'revoked') {
    throw new HttpProblem(410, 'gone', 'This survey link was withdrawn.', { reason: 'revoked' });
  }
  if (invitation.status === 'completed' && options.allowCompleted !== true) {
    throw new HttpProblem(409, 'already-complete', 'This survey was already completed with this link.', {
      reason: 'used',
    });
  }
  if (invitation.expiresAt !== undefined && new Date(invitation.expiresAt) <= now) {
    throw new HttpProblem(410, 'gone', 'This survey link has expired.', { reason: 'expired' });
  }
  const wave = await services.store.waves.get(invitation.waveId);
  if (wave === undefined)
    throw new HttpProblem(404, 'not-found', 'This survey link is not valid.', { reason: 'invalid' });
  requireAnswerable(wave, now);
  return { ...(await loadTarget(services, wave)), invitation };
}

/** Resolves an open wave: 404 unless it exists and is open to anyone, then as {@link resolveInvitation}. */
export async function resolveOpenWave(services: Services, waveId: string): Promise<RespondentTarget> {
  return loadTarget(services, await requireOpenWave(services, waveId));
}

/**
 * What a submission to an open wave needs: the wave (checked as {@link resolveOpenWave} does) and its locked
 * survey version, without reading the project.
 */
export async function resolveOpenWaveVersion(
  services: Services,
  waveId: string,
): Promise<Pick<RespondentTarget, 'wave' | 'version'>> {
  const wave = await requireOpenWave(services, waveId);
  const version = await services.versions.get(wave.surveyId, wave.surveyVersion);
  if (version === undefined) {
    throw new HttpProblem(404, 'not-found', 'This survey does not exist.', { reason: 'invalid' });
  }
  return { wave, version };
}

async function requireOpenWave(services: Services, waveId: string): Promise<Wave> {
  const wave = await services.store.waves.get(waveId);
  if (wave === undefined || wave.access !== 'open') {
    throw new HttpProblem(404, 'not-found', 'This survey link is not valid.', { reason: 'invalid' });
  }
  requireAnswerable(wave, new Date());
  return wave;
}

/** The language to show: `?lang=` when the project has it, else the browser's preference, else the first. */
export function chooseLanguage(req: Request, project: Project, requested: Language | undefined): Language {
  if (requested !== undefined && project.languages.includes(requested)) return requested;
  const accepted = req.acceptsLanguages(...project.languages);
  const first = project.languages[0] ?? 'en';
  return typeof accepted === 'string' ? (accepted as Language) : first;
}
