import type { z } from 'zod';
import type { AuditEntry } from './audit-entry.js';
import type { Invitation, InvitationInputSchema } from './invitation.js';
import type { Contact, Respondent } from './respondent.js';
import type { Response } from './response.js';
import type { ErasureSummary } from './store.js';
import type { Survey, SurveyInputSchema, SurveyVersion } from './survey.js';
import type { Wave, WaveInputSchema } from './wave.js';

/*
 * How a new record is built from validated input, written once for every Store implementation: the stores
 * differ in how they write, never in what they write.
 */

/** A new survey and its version 1, both created at `at`. */
export function newSurvey(
  id: string,
  data: z.output<typeof SurveyInputSchema>,
  at: string,
): {
  survey: Survey;
  version: SurveyVersion;
} {
  const survey: Survey = {
    id,
    projectId: data.projectId,
    name: data.name,
    latestVersion: 1,
    createdAt: at,
    updatedAt: at,
  };
  const version: SurveyVersion = {
    surveyId: id,
    projectId: data.projectId,
    version: 1,
    definition: data.definition,
    locked: false,
    createdAt: at,
    updatedAt: at,
  };
  return { survey, version };
}

/** A new wave answering `surveyVersion` of the input's survey. */
export function newWave(
  id: string,
  data: z.output<typeof WaveInputSchema>,
  surveyVersion: number,
  at: string,
): Wave {
  const wave: Wave = {
    id,
    projectId: data.projectId,
    surveyId: data.surveyId,
    surveyVersion,
    label: data.label,
    access: data.access,
    status: data.status,
    createdAt: at,
    updatedAt: at,
  };
  if (data.opensAt !== undefined) wave.opensAt = data.opensAt;
  if (data.closesAt !== undefined) wave.closesAt = data.closesAt;
  return wave;
}

/** A new, pending invitation of a respondent to a wave. */
export function newInvitation(
  id: string,
  wave: Wave,
  respondent: Respondent,
  data: z.output<typeof InvitationInputSchema>,
  at: string,
): Invitation {
  const invitation: Invitation = {
    id,
    projectId: wave.projectId,
    waveId: wave.id,
    respondentId: respondent.id,
    tokenHash: data.tokenHash,
    status: 'pending',
    createdAt: at,
    updatedAt: at,
  };
  if (data.expiresAt !== undefined) invitation.expiresAt = data.expiresAt;
  return invitation;
}

/** The audit entry of an erasure: counts only, never the respondent's id or anything they wrote. */
export function erasureAuditEntry(
  id: string,
  options: { actor: string; projectId: string; at: string },
  removed: Omit<ErasureSummary, 'auditEntryId' | 'walCleared'>,
): AuditEntry {
  return {
    id,
    at: options.at,
    actor: options.actor,
    action: 'respondent.erase',
    projectId: options.projectId,
    details: { ...removed },
  };
}

/** Free-text values shorter than this are too common to identify anyone, so audit entries are not searched for them. */
const minTextTrace = 8;

/**
 * What identifies an erased respondent in records that are kept (the audit log): their id, their invitations'
 * ids and token hashes, their responses' ids, idempotency keys, contact details and the longer text they wrote.
 */
export function erasureTraces(records: {
  respondentId: string;
  responses: readonly Response[];
  invitations: readonly { id: string; token_hash?: string; tokenHash?: string }[];
  idempotencyKeys: readonly string[];
  contact: Contact | undefined;
}): string[] {
  const traces = new Set<string>([records.respondentId, ...records.idempotencyKeys]);
  for (const invitation of records.invitations) {
    traces.add(invitation.id);
    const hash = invitation.tokenHash ?? invitation.token_hash;
    if (hash !== undefined) traces.add(hash);
  }
  const addText = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.trim().length >= minTextTrace) traces.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) addText(item);
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) addText(item);
    }
  };
  for (const response of records.responses) {
    traces.add(response.id);
    addText(response.answers);
  }
  const contact = records.contact;
  if (contact !== undefined) for (const field of [contact.name, contact.email, contact.phone]) addText(field);
  return [...traces];
}
