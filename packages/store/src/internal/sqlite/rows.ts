import type { ApiKey } from '../../api-key.js';
import type { AuditEntry } from '../../audit-entry.js';
import type { ResponseKey } from '../../export-line.js';
import type { Invitation } from '../../invitation.js';
import type { JsonObject } from '../../json.js';
import type { Project } from '../../project.js';
import type { Contact, Respondent, RespondentAttributes } from '../../respondent.js';
import type { Response } from '../../response.js';
import type { Survey, SurveyVersion } from '../../survey.js';
import type { Wave } from '../../wave.js';

// Rows as SQLite returns them, and their mapping to records. Optional record fields are NULL in a row and
// absent from the record, so a record read back equals the record written.

type Nullable<T> = T | null;

export interface ProjectRow {
  id: string;
  slug: string;
  name: string;
  languages: string;
  framework_id: string;
  theory_of_change: Nullable<string>;
  indicator_set: Nullable<string>;
  context: Nullable<string>;
  created_at: string;
  updated_at: string;
}

export function projectFromRow(row: ProjectRow): Project {
  const project: Project = {
    id: row.id,
    slug: row.slug,
    name: row.name,
    languages: JSON.parse(row.languages) as Project['languages'],
    frameworkId: row.framework_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.theory_of_change !== null) project.theoryOfChange = JSON.parse(row.theory_of_change) as JsonObject;
  if (row.indicator_set !== null) project.indicatorSet = JSON.parse(row.indicator_set) as JsonObject;
  if (row.context !== null) project.context = JSON.parse(row.context) as JsonObject;
  return project;
}

export function projectToRow(project: Project): ProjectRow {
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    languages: JSON.stringify(project.languages),
    framework_id: project.frameworkId,
    theory_of_change: jsonOrNull(project.theoryOfChange),
    indicator_set: jsonOrNull(project.indicatorSet),
    context: jsonOrNull(project.context),
    created_at: project.createdAt,
    updated_at: project.updatedAt,
  };
}

export interface SurveyRow {
  id: string;
  project_id: string;
  name: string;
  latest_version: number;
  created_at: string;
  updated_at: string;
}

export function surveyFromRow(row: SurveyRow): Survey {
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    latestVersion: row.latest_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function surveyToRow(survey: Survey): SurveyRow {
  return {
    id: survey.id,
    project_id: survey.projectId,
    name: survey.name,
    latest_version: survey.latestVersion,
    created_at: survey.createdAt,
    updated_at: survey.updatedAt,
  };
}

export interface SurveyVersionRow {
  survey_id: string;
  project_id: string;
  version: number;
  definition: string;
  locked: number;
  created_at: string;
  updated_at: string;
}

export function surveyVersionFromRow(row: SurveyVersionRow): SurveyVersion {
  return {
    surveyId: row.survey_id,
    projectId: row.project_id,
    version: row.version,
    definition: JSON.parse(row.definition) as JsonObject,
    locked: row.locked === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function surveyVersionToRow(version: SurveyVersion): SurveyVersionRow {
  return {
    survey_id: version.surveyId,
    project_id: version.projectId,
    version: version.version,
    definition: JSON.stringify(version.definition),
    locked: version.locked ? 1 : 0,
    created_at: version.createdAt,
    updated_at: version.updatedAt,
  };
}

export interface WaveRow {
  id: string;
  project_id: string;
  survey_id: string;
  survey_version: number;
  label: string;
  access: string;
  status: string;
  opens_at: Nullable<string>;
  closes_at: Nullable<string>;
  created_at: string;
  updated_at: string;
}

export function waveFromRow(row: WaveRow): Wave {
  const wave: Wave = {
    id: row.id,
    projectId: row.project_id,
    surveyId: row.survey_id,
    surveyVersion: row.survey_version,
    label: row.label,
    access: row.access as Wave['access'],
    status: row.status as Wave['status'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.opens_at !== null) wave.opensAt = row.opens_at;
  if (row.closes_at !== null) wave.closesAt = row.closes_at;
  return wave;
}

export function waveToRow(wave: Wave): WaveRow {
  return {
    id: wave.id,
    project_id: wave.projectId,
    survey_id: wave.surveyId,
    survey_version: wave.surveyVersion,
    label: wave.label,
    access: wave.access,
    status: wave.status,
    opens_at: wave.opensAt ?? null,
    closes_at: wave.closesAt ?? null,
    created_at: wave.createdAt,
    updated_at: wave.updatedAt,
  };
}

export interface RespondentRow {
  id: string;
  project_id: string;
  respondent_group: Nullable<string>;
  attributes: Nullable<string>;
  created_at: string;
  updated_at: string;
}

export function respondentFromRow(row: RespondentRow): Respondent {
  const respondent: Respondent = {
    id: row.id,
    projectId: row.project_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.respondent_group !== null) respondent.group = row.respondent_group;
  if (row.attributes !== null) respondent.attributes = JSON.parse(row.attributes) as RespondentAttributes;
  return respondent;
}

export function respondentToRow(respondent: Respondent): RespondentRow {
  return {
    id: respondent.id,
    project_id: respondent.projectId,
    respondent_group: respondent.group ?? null,
    attributes: jsonOrNull(respondent.attributes),
    created_at: respondent.createdAt,
    updated_at: respondent.updatedAt,
  };
}

export interface ContactRow {
  respondent_id: string;
  project_id: string;
  name: Nullable<string>;
  email: Nullable<string>;
  phone: Nullable<string>;
  language: Nullable<string>;
  created_at: string;
  updated_at: string;
}

export function contactFromRow(row: ContactRow): Contact {
  const contact: Contact = {
    respondentId: row.respondent_id,
    projectId: row.project_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.name !== null) contact.name = row.name;
  if (row.email !== null) contact.email = row.email;
  if (row.phone !== null) contact.phone = row.phone;
  if (row.language !== null) contact.language = row.language as NonNullable<Contact['language']>;
  return contact;
}

export function contactToRow(contact: Contact): ContactRow {
  return {
    respondent_id: contact.respondentId,
    project_id: contact.projectId,
    name: contact.name ?? null,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
    language: contact.language ?? null,
    created_at: contact.createdAt,
    updated_at: contact.updatedAt,
  };
}

export interface InvitationRow {
  id: string;
  project_id: string;
  wave_id: string;
  respondent_id: string;
  token_hash: string;
  status: string;
  expires_at: Nullable<string>;
  created_at: string;
  updated_at: string;
}

export function invitationFromRow(row: InvitationRow): Invitation {
  const invitation: Invitation = {
    id: row.id,
    projectId: row.project_id,
    waveId: row.wave_id,
    respondentId: row.respondent_id,
    tokenHash: row.token_hash,
    status: row.status as Invitation['status'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.expires_at !== null) invitation.expiresAt = row.expires_at;
  return invitation;
}

export function invitationToRow(invitation: Invitation): InvitationRow {
  return {
    id: invitation.id,
    project_id: invitation.projectId,
    wave_id: invitation.waveId,
    respondent_id: invitation.respondentId,
    token_hash: invitation.tokenHash,
    status: invitation.status,
    expires_at: invitation.expiresAt ?? null,
    created_at: invitation.createdAt,
    updated_at: invitation.updatedAt,
  };
}

export interface ResponseRow {
  id: string;
  project_id: string;
  wave_id: string;
  survey_id: string;
  survey_version: number;
  respondent_id: Nullable<string>;
  invitation_id: Nullable<string>;
  status: string;
  answers: string;
  language: Nullable<string>;
  mode: string;
  created_at: string;
  updated_at: string;
  submitted_at: Nullable<string>;
}

export function responseFromRow(row: ResponseRow): Response {
  const response: Response = {
    id: row.id,
    projectId: row.project_id,
    waveId: row.wave_id,
    surveyId: row.survey_id,
    surveyVersion: row.survey_version,
    status: row.status as Response['status'],
    answers: JSON.parse(row.answers) as JsonObject,
    mode: row.mode as Response['mode'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.respondent_id !== null) response.respondentId = row.respondent_id;
  if (row.invitation_id !== null) response.invitationId = row.invitation_id;
  if (row.language !== null) response.language = row.language as NonNullable<Response['language']>;
  if (row.submitted_at !== null) response.submittedAt = row.submitted_at;
  return response;
}

export function responseToRow(response: Response): ResponseRow {
  return {
    id: response.id,
    project_id: response.projectId,
    wave_id: response.waveId,
    survey_id: response.surveyId,
    survey_version: response.surveyVersion,
    respondent_id: response.respondentId ?? null,
    invitation_id: response.invitationId ?? null,
    status: response.status,
    answers: JSON.stringify(response.answers),
    language: response.language ?? null,
    mode: response.mode,
    created_at: response.createdAt,
    updated_at: response.updatedAt,
    submitted_at: response.submittedAt ?? null,
  };
}

export interface ResponseKeyRow {
  project_id: string;
  key: string;
  response_id: string;
  created_at: string;
}

export function responseKeyFromRow(row: ResponseKeyRow): ResponseKey {
  return { projectId: row.project_id, key: row.key, responseId: row.response_id, createdAt: row.created_at };
}

export function responseKeyToRow(key: ResponseKey): ResponseKeyRow {
  return { project_id: key.projectId, key: key.key, response_id: key.responseId, created_at: key.createdAt };
}

export interface ApiKeyRow {
  id: string;
  name: string;
  role: string;
  project_id: Nullable<string>;
  key_hash: string;
  created_at: string;
  revoked_at: Nullable<string>;
}

export function apiKeyFromRow(row: ApiKeyRow): ApiKey {
  const key: ApiKey = {
    id: row.id,
    name: row.name,
    role: row.role as ApiKey['role'],
    keyHash: row.key_hash,
    createdAt: row.created_at,
  };
  if (row.project_id !== null) key.projectId = row.project_id;
  if (row.revoked_at !== null) key.revokedAt = row.revoked_at;
  return key;
}

export function apiKeyToRow(key: ApiKey): ApiKeyRow {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    project_id: key.projectId ?? null,
    key_hash: key.keyHash,
    created_at: key.createdAt,
    revoked_at: key.revokedAt ?? null,
  };
}

export interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  project_id: Nullable<string>;
  target: Nullable<string>;
  details: Nullable<string>;
}

export function auditFromRow(row: AuditRow): AuditEntry {
  const entry: AuditEntry = { id: row.id, at: row.at, actor: row.actor, action: row.action };
  if (row.project_id !== null) entry.projectId = row.project_id;
  if (row.target !== null) entry.target = row.target;
  if (row.details !== null) entry.details = JSON.parse(row.details) as JsonObject;
  return entry;
}

export function auditToRow(entry: AuditEntry): AuditRow {
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    project_id: entry.projectId ?? null,
    target: entry.target ?? null,
    details: jsonOrNull(entry.details),
  };
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}
