import type { IndexDescription } from 'mongodb';

/** The collections of the MongoDB store and the record type each holds. */
export const collectionNames = {
  projects: 'projects',
  surveys: 'surveys',
  surveyVersions: 'survey_versions',
  waves: 'waves',
  respondents: 'respondents',
  contacts: 'contacts',
  invitations: 'invitations',
  responses: 'responses',
  responseKeys: 'response_keys',
  apiKeys: 'api_keys',
  accounts: 'accounts',
  sessions: 'sessions',
  accountLinks: 'account_links',
  mailMessages: 'mail_messages',
  audit: 'audit_log',
  importsInProgress: 'imports_in_progress',
} as const;

/** A collection key of {@link collectionNames}. */
export type CollectionKey = keyof typeof collectionNames;

/**
 * The indexes created at open. Unique where the model says unique (slug, token hash, key hash, idempotency key,
 * one response per respondent and wave). Every index of a project-scoped collection starts with `projectId`, so
 * the collections can be sharded on `{ projectId: 1 }` and unique indexes stay legal on a sharded cluster
 * (a unique index must start with the shard key).
 */
export const indexDefinitions: Record<CollectionKey, IndexDescription[]> = {
  projects: [{ key: { slug: 1 }, name: 'slug_unique', unique: true }],
  surveys: [{ key: { projectId: 1, _id: 1 }, name: 'project_id' }],
  surveyVersions: [
    { key: { projectId: 1, surveyId: 1, version: 1 }, name: 'project_survey_version_unique', unique: true },
  ],
  waves: [{ key: { projectId: 1, _id: 1 }, name: 'project_id' }],
  respondents: [{ key: { projectId: 1, _id: 1 }, name: 'project_id' }],
  contacts: [{ key: { projectId: 1, _id: 1 }, name: 'project_id' }],
  invitations: [
    // Looked up by token hash without knowing the project: this collection is either left unsharded
    // or sharded on { tokenHash: 1 } (see docs/storage.md).
    { key: { tokenHash: 1 }, name: 'token_hash_unique', unique: true },
    { key: { waveId: 1, _id: 1 }, name: 'wave_id' },
    { key: { projectId: 1, respondentId: 1 }, name: 'project_respondent' },
    { key: { projectId: 1, _id: 1 }, name: 'project_id' },
  ],
  responses: [
    { key: { projectId: 1, _id: 1 }, name: 'project_id' },
    { key: { projectId: 1, waveId: 1, _id: 1 }, name: 'project_wave_id' },
    {
      key: { projectId: 1, waveId: 1, respondentId: 1 },
      name: 'one_response_per_respondent_and_wave',
      unique: true,
      partialFilterExpression: { respondentId: { $type: 'string' } },
    },
    { key: { projectId: 1, updatedAt: 1 }, name: 'project_updated_at' },
  ],
  responseKeys: [
    { key: { projectId: 1, key: 1 }, name: 'project_key_unique', unique: true },
    { key: { projectId: 1, responseId: 1 }, name: 'project_response' },
  ],
  apiKeys: [{ key: { keyHash: 1 }, name: 'key_hash_unique', unique: true }],
  accounts: [{ key: { email: 1 }, name: 'email_unique', unique: true }],
  sessions: [
    { key: { tokenHash: 1 }, name: 'token_hash_unique', unique: true },
    { key: { accountId: 1 }, name: 'account_id' },
  ],
  accountLinks: [
    { key: { tokenHash: 1 }, name: 'token_hash_unique', unique: true },
    { key: { accountId: 1, purpose: 1 }, name: 'account_purpose' },
  ],
  // The queue is shared by every project (staff e-mails have none): left unsharded (see docs/storage.md).
  mailMessages: [
    { key: { status: 1, nextAttemptAt: 1 }, name: 'due' },
    { key: { waveId: 1, _id: 1 }, name: 'wave_id' },
    { key: { respondentId: 1 }, name: 'respondent_id' },
    { key: { accountId: 1 }, name: 'account_id' },
  ],
  audit: [{ key: { projectId: 1, _id: 1 }, name: 'project_id' }],
  importsInProgress: [],
};

/**
 * Record fields holding opaque JSON (SurveyJS definitions, answers, theories of change, …). They are stored as
 * JSON text: user content can then never collide with MongoDB's operator and field-name rules (`$`-prefixed or
 * dotted keys), and a round trip returns exactly what was stored.
 */
export const opaqueFields: Partial<Record<CollectionKey, readonly string[]>> = {
  projects: ['theoryOfChange', 'indicatorSet', 'context'],
  surveyVersions: ['definition'],
  respondents: ['attributes'],
  responses: ['answers'],
  audit: ['details'],
};
