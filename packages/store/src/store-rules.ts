import type { Invitation } from './invitation.js';
import type { Response } from './response.js';
import { StoreError } from './store-error.js';
import type { Wave } from './wave.js';

/*
 * The rules every Store implementation applies the same way, kept here so the SQLite and MongoDB stores
 * cannot drift apart: patching a record, checking an invitation before a save, and building a response.
 */

/**
 * Applies a patch to a record: `undefined` (absent) keeps a field, `null` removes it, any other value replaces
 * it. Sets `updatedAt`.
 */
export function applyPatch<T extends { updatedAt: string }>(record: T, patch: object, updatedAt: string): T {
  const next: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  next.updatedAt = updatedAt;
  return next as T;
}

/**
 * Throws unless the invitation may be used to save a response in the wave now: `conflict` for another wave or
 * respondent, a revoked or an expired invitation; `already-complete` once it was used to complete.
 */
export function checkInvitationUse(
  invitation: Invitation,
  wave: Wave,
  respondentId: string | undefined,
  at: string,
): void {
  if (invitation.waveId !== wave.id) throw new StoreError('conflict', 'The invitation is for another wave');
  if (respondentId !== undefined && respondentId !== invitation.respondentId) {
    throw new StoreError('conflict', 'The invitation is for another respondent');
  }
  if (invitation.status === 'revoked') throw new StoreError('conflict', 'The invitation was revoked');
  if (invitation.status === 'completed') {
    throw new StoreError('already-complete', 'This invitation was already used to complete the survey');
  }
  if (invitation.expiresAt !== undefined && invitation.expiresAt <= at) {
    throw new StoreError('conflict', 'The invitation has expired');
  }
}

/** What a save writes into a response. */
export interface ResponseSave {
  status: Response['status'];
  answers: Response['answers'];
  language?: Response['language'] | undefined;
  mode: Response['mode'];
}

/** A new response of the wave, saved at `at`. */
export function newResponse(options: {
  id: string;
  wave: Wave;
  data: ResponseSave;
  respondentId: string | undefined;
  invitation: Invitation | undefined;
  at: string;
}): Response {
  const { id, wave, data, respondentId, invitation, at } = options;
  const response: Response = {
    id,
    projectId: wave.projectId,
    waveId: wave.id,
    surveyId: wave.surveyId,
    surveyVersion: wave.surveyVersion,
    status: data.status,
    answers: data.answers,
    mode: data.mode,
    createdAt: at,
    updatedAt: at,
  };
  if (respondentId !== undefined) response.respondentId = respondentId;
  if (invitation) response.invitationId = invitation.id;
  if (data.language !== undefined) response.language = data.language;
  if (data.status === 'complete') response.submittedAt = at;
  return response;
}

/** The slot's response after a save: new answers and status, same id and creation time. */
export function nextResponse(
  current: Response,
  data: ResponseSave,
  invitation: Invitation | undefined,
  at: string,
): Response {
  const next: Response = {
    ...current,
    status: data.status,
    answers: data.answers,
    mode: data.mode,
    updatedAt: at,
  };
  if (invitation) next.invitationId = invitation.id;
  if (data.language !== undefined) next.language = data.language;
  if (data.status === 'complete') next.submittedAt = at;
  return next;
}

/** Throws `conflict` unless the invitation is still `pending` (a used or revoked one keeps its token). */
export function requirePending(invitation: Invitation, options: { allowStarted?: boolean } = {}): void {
  if (
    invitation.status !== 'pending' &&
    !(options.allowStarted === true && invitation.status === 'started')
  ) {
    throw new StoreError(
      'conflict',
      `Invitation "${invitation.id}" is ${invitation.status}: its token cannot change`,
    );
  }
}
