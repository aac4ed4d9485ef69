import { LanguageSchema } from '@neighbourly/core';
import {
  ApiKeySchema,
  JsonObjectSchema,
  ProjectSchema,
  RecordIdSchema,
  SlugSchema,
  SurveySchema,
  TimestampInputSchema,
  WaveAccessSchema,
  WaveSchema,
} from '@neighbourly/store';
import { SurveyRoundSchema } from '@neighbourly/surveys';
import { z } from 'zod';
import { HttpRoleSchema } from '../roles.js';

/*
 * The shapes of the HTTP API. Ids are UUID strings (never objects: `{"$gt": ""}` is a 422), bodies are strict
 * (unknown fields are a 422), and these schemas also generate the OpenAPI document.
 */

const Id = RecordIdSchema;
const Name = z.string().trim().min(1).max(200);

/** An invitation token in a URL (base64url, 20-128 characters) or a printed code (`K7PMQ-2XD9F`). */
export const TokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{10,128}$/, 'is not a valid invitation token or printed code');

export const ProjectParams = z.strictObject({ projectId: Id });
export const SurveyParams = z.strictObject({ projectId: Id, surveyId: Id });
export const WaveParams = z.strictObject({ waveId: Id });
export const KeyParams = z.strictObject({ keyId: Id });
export const InvitationParams = z.strictObject({ invitationId: Id });
export const RespondentParams = z.strictObject({ projectId: Id, respondentId: Id });
export const TokenParams = z.strictObject({ token: TokenSchema });

export const LangQuery = z.strictObject({ lang: LanguageSchema.optional() });

export const CreateKeyBody = z.strictObject({
  name: Name,
  role: HttpRoleSchema,
  /** Limit the key to this project (absent: all projects). */
  projectId: Id.optional(),
});

export const KeyView = z.object({
  id: Id,
  name: z.string(),
  role: HttpRoleSchema,
  projectId: Id.optional(),
  createdAt: z.string(),
  revokedAt: z.string().optional(),
});
export const CreatedKeyView = KeyView.extend({
  /** The secret key: shown this once, never stored. */
  key: z.string(),
});

/**
 * A project's context variables, for the programme's types of neighbourhood and comparisons (`typologyVars`,
 * `by`): names as the programme query takes them, each a number (typology) or a short text (groups).
 */
export const ProjectContext = z
  .record(
    z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, "_" or "-"'),
    z.union([z.number().finite(), z.string().trim().min(1).max(200), z.null()]),
  )
  .refine((context) => Object.keys(context).length <= 50, 'at most 50 context variables');

export const CreateProjectBody = z.strictObject({
  name: Name,
  slug: SlugSchema,
  languages: z.array(LanguageSchema).min(1).max(3).default(['nl', 'fr', 'en']),
  frameworkId: SlugSchema.default('caring-neighbourhoods'),
  /** A theory of change (checked with `validateTheoryOfChange` of @neighbourly/core). */
  theoryOfChange: JsonObjectSchema.optional(),
  /** An indicator set (checked with `IndicatorSetSchema` of @neighbourly/core). */
  indicatorSet: JsonObjectSchema.optional(),
  /** Context variables for the typology. */
  context: ProjectContext.optional(),
});

export const PatchProjectBody = z.strictObject({
  name: Name.optional(),
  slug: SlugSchema.optional(),
  languages: z.array(LanguageSchema).min(1).max(3).optional(),
  frameworkId: SlugSchema.optional(),
  theoryOfChange: JsonObjectSchema.nullable().optional(),
  indicatorSet: JsonObjectSchema.nullable().optional(),
  context: ProjectContext.nullable().optional(),
});

export const ProjectView = ProjectSchema;

export const CreateSurveyBody = z.strictObject({
  title: Name,
  round: SurveyRoundSchema,
  /** A SurveyJS definition (JSON), linted with @neighbourly/surveys. */
  definition: JsonObjectSchema,
});

export const SurveyView = SurveySchema.extend({
  round: SurveyRoundSchema.optional(),
  definition: JsonObjectSchema.optional(),
  warnings: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const CreateWaveBody = z.strictObject({
  surveyId: Id,
  label: Name,
  opensAt: TimestampInputSchema.optional(),
  closesAt: TimestampInputSchema.optional(),
  access: WaveAccessSchema.default('invitation'),
});

export const WaveCounts = z.object({
  invited: z.int(),
  started: z.int(),
  completed: z.int(),
  /** Complete responses (for open waves: every complete response). */
  responses: z.int(),
  /** Completed invitations / invitations, 0-1; absent when nobody was invited. */
  responseRate: z.number().optional(),
});

export const WaveView = WaveSchema.extend({ counts: WaveCounts.optional() });

export const CreateInvitationsBody = z
  .strictObject({
    /** New panel members to invite (each gets a new pseudonymous respondent id). */
    count: z.int().min(1).max(1000).optional(),
    /** Existing panel members of the project to invite again (they keep their id across waves). */
    respondentIds: z.array(Id).min(1).max(1000).optional(),
    /** The respondent group of new panel members, e.g. `resident`. */
    group: SlugSchema.optional(),
    /** When the links stop working. */
    expiresAt: TimestampInputSchema.optional(),
  })
  .refine((body) => body.count !== undefined || body.respondentIds !== undefined, {
    message: 'give count, respondentIds or both',
  });

export const InvitationView = z.object({
  invitationId: Id,
  respondentId: Id,
  /** The single-use token: shown this once, only its hash is stored. */
  token: z.string(),
  /** The survey link to send to the respondent. */
  url: z.string(),
  expiresAt: z.string().optional(),
});

export const InvitationStateView = z.object({
  invitationId: Id,
  respondentId: Id,
  /** The respondent group of the panel member, e.g. `resident`. */
  group: z.string().optional(),
  state: z.enum(['not-opened', 'started', 'completed', 'expired', 'revoked']),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string().optional(),
  /**
   * The last e-mail to this invitation (invitation or reminder): `queued` (waiting or being sent), `sent`
   * (accepted by the mail server), `bounced` (refused for good, 5xx) or `failed` (out of attempts). Absent when
   * it was never e-mailed.
   */
  delivery: z.enum(['queued', 'sent', 'bounced', 'failed']).optional(),
});

/** A respondent's contact details: personal data, kept apart from answers, never exported or reported. */
export const ContactBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(320).optional(),
  phone: z.string().trim().min(3).max(40).optional(),
  /** The language to write to the person in (e-mails, letters). */
  language: LanguageSchema.optional(),
});

export const ResponseBody = z.strictObject({
  /** The answers, keyed by question name, as SurveyJS's `survey.data`. */
  answers: JsonObjectSchema,
  language: LanguageSchema.optional(),
});

export const PublicSurveyView = z.object({
  waveId: Id,
  waveLabel: z.string(),
  projectName: z.string(),
  languages: z.array(LanguageSchema),
  language: LanguageSchema,
  definition: JsonObjectSchema,
  /** Saved progress to resume from. */
  answers: JsonObjectSchema.optional(),
  closesAt: z.string().optional(),
});

export const SavedResponseView = z.object({
  responseId: Id,
  status: z.enum(['partial', 'complete']),
  replayed: z.boolean().optional(),
});

export const IndicatorsQuery = z.strictObject({
  waveId: Id.optional(),
  /** Respondent attributes or background questions to break results down by, comma separated. */
  groupBy: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,4}$/, 'must be up to 5 names, comma separated')
    .optional(),
});

export const ComparisonQuery = z.strictObject({
  from: Id,
  to: Id,
  groupBy: IndicatorsQuery.shape.groupBy,
});

export const ExportQuery = z.strictObject({
  layout: z.enum(['wide', 'long']).default('wide'),
  /** `deidentified` (default): no free text, small groups blanked, dates to the month; `full` needs a reason. */
  mode: z.enum(['deidentified', 'full']).default('deidentified'),
  /** Why a full export is needed (audit-logged with who asked). */
  reason: z.string().trim().min(10).max(500).optional(),
});

export const ErasureView = z.object({
  responses: z.int(),
  invitations: z.int(),
  contact: z.boolean(),
  /** Audit entries that mentioned the respondent, now redacted. */
  redactedAuditEntries: z.int(),
  /** Whether the erased bytes are gone from the database files too (SQLite: WAL checkpointed). */
  walCleared: z.boolean(),
  auditEntryId: Id,
});

export const ApiKeysView = z.array(KeyView);
export const ApiKeyStoredSchema = ApiKeySchema;

const NameList = (max: number) =>
  z
    .string()
    .regex(
      new RegExp(`^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,${max - 1}}$`),
      `must be up to ${max} names, comma separated`,
    );

/** Which projects a programme pools and how. */
export const ProgrammeQuery = z.strictObject({
  /** The projects' ids, comma separated (up to 500; pooling needs at least two). */
  projects: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,499}$/,
      'must be 1 to 500 project ids, comma separated',
    ),
  /** Group the projects into this many types (Ward on standardised numeric context variables). */
  typology: z.coerce.number().int().min(2).max(20).optional(),
  /** Context variables of the typology (default: every one that is a number in every project). */
  typologyVars: NameList(20).optional(),
  /** Context variables to break results down by. */
  by: NameList(10).optional(),
  method: z.enum(['REML', 'DL', 'FE']).default('REML'),
  ci: z.enum(['hartung-knapp', 'wald']).default('hartung-knapp'),
});

export const ProgrammeReportQuery = ProgrammeQuery.extend({ lang: LanguageSchema.optional() });
