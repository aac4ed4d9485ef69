export {
  type Account,
  AccountEmailSchema,
  type AccountGrant,
  AccountGrantSchema,
  type AccountInput,
  AccountInputSchema,
  type AccountLanguage,
  AccountLanguageSchema,
  type AccountPatch,
  AccountPatchSchema,
  AccountSchema,
  type AccountStatus,
  AccountStatusSchema,
  PasswordHashSchema,
} from './account.js';
export {
  type AccountLink,
  type AccountLinkInput,
  AccountLinkInputSchema,
  type AccountLinkPurpose,
  AccountLinkPurposeSchema,
  AccountLinkSchema,
  type AccountLinkUse,
} from './account-link.js';
export {
  type ApiKey,
  type ApiKeyInput,
  ApiKeyInputSchema,
  type ApiKeyRole,
  ApiKeyRoleSchema,
  ApiKeySchema,
} from './api-key.js';
export {
  type AuditEntry,
  AuditEntrySchema,
  type AuditFilter,
  AuditFilterSchema,
  type AuditInput,
  AuditInputSchema,
} from './audit-entry.js';
export {
  type ExportLine,
  ExportLineSchema,
  type ExportRecordType,
  exportFormatVersion,
  type ResponseKey,
  ResponseKeySchema,
} from './export-line.js';
export { exportRecordOrder, formatExportLine, readExportLines } from './export-lines.js';
export {
  type Invitation,
  type InvitationInput,
  InvitationInputSchema,
  InvitationSchema,
  type InvitationStatus,
  InvitationStatusSchema,
  SecretHashSchema,
} from './invitation.js';
export { type JsonObject, JsonObjectSchema, type JsonValue, JsonValueSchema } from './json.js';
export {
  type MailClaimOptions,
  MailClaimOptionsSchema,
  MailErrorCodeSchema,
  type MailFilter,
  MailFilterSchema,
  type MailKind,
  MailKindSchema,
  type MailMessage,
  type MailMessageInput,
  MailMessageInputSchema,
  MailMessageSchema,
  type MailStatus,
  MailStatusSchema,
} from './mail-message.js';
export { erasureAuditEntry, erasureTraces, newInvitation, newSurvey, newWave } from './new-records.js';
export { openSqliteStore, type SqliteStoreOptions } from './open-sqlite-store.js';
export { mongoStorePackage, openStore } from './open-store.js';
export { parseStoreInput, requireLookupString } from './parse-store-input.js';
export {
  type Project,
  type ProjectInput,
  ProjectInputSchema,
  type ProjectPatch,
  ProjectPatchSchema,
  ProjectSchema,
} from './project.js';
export {
  type ListOptions,
  ListOptionsSchema,
  type RecordId,
  RecordIdSchema,
  SlugSchema,
  type Timestamp,
  TimestampInputSchema,
  TimestampSchema,
} from './record-fields.js';
export {
  type Contact,
  type ContactInput,
  ContactInputSchema,
  ContactSchema,
  type Respondent,
  type RespondentAttributes,
  RespondentAttributesSchema,
  type RespondentInput,
  RespondentInputSchema,
  type RespondentPatch,
  RespondentPatchSchema,
  RespondentSchema,
} from './respondent.js';
export {
  type Response,
  type ResponseFilter,
  ResponseFilterSchema,
  type ResponseInput,
  ResponseInputSchema,
  type ResponseMode,
  ResponseModeSchema,
  ResponseSchema,
  type ResponseStatus,
  ResponseStatusSchema,
  type SaveResponseResult,
  type StreamResponsesOptions,
  StreamResponsesOptionsSchema,
} from './response.js';
export { createSecret, hashSecret, type Secret } from './secret.js';
export {
  type Session,
  type SessionInput,
  SessionInputSchema,
  SessionSchema,
} from './session.js';
export type {
  AccountLinkRepository,
  AccountRepository,
  ApiKeyRepository,
  AuditLog,
  ErasureSummary,
  ImportSummary,
  InvitationRepository,
  MailQueue,
  NdjsonSource,
  ProjectRepository,
  RespondentRepository,
  ResponseRepository,
  SessionRepository,
  Store,
  SurveyRepository,
  WaveRepository,
} from './store.js';
export {
  describeError,
  isStoreError,
  StoreError,
  type StoreErrorCode,
  type StoreErrorOptions,
} from './store-error.js';
export {
  applyPatch,
  checkInvitationUse,
  newResponse,
  nextResponse,
  type ResponseSave,
  requirePending,
} from './store-rules.js';
export { defaultStoreUrl, parseStoreUrl, redactStoreUrl, type StoreLocation } from './store-url.js';
export {
  type Survey,
  type SurveyInput,
  SurveyInputSchema,
  SurveySchema,
  type SurveyVersion,
  SurveyVersionSchema,
} from './survey.js';
export {
  type Wave,
  type WaveAccess,
  WaveAccessSchema,
  type WaveInput,
  WaveInputSchema,
  type WavePatch,
  WavePatchSchema,
  WaveSchema,
  type WaveStatus,
  WaveStatusSchema,
} from './wave.js';
