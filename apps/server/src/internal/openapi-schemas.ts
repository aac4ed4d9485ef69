import { JsonObjectSchema, JsonValueSchema } from '@neighbourly/store';
import { z } from 'zod';
import { type ProblemType, problemStatuses, problemTypes, problemTypeUri } from '../http-problem.js';

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses). */
export type JsonSchema = Record<string, unknown>;

/**
 * What the zod schemas that have no JSON Schema of their own (`z.custom`) are. Any other such schema stops the
 * document from being built, so no request or response member is ever documented as an empty schema.
 */
const customSchemas = new Map<unknown, JsonSchema>([
  [JsonObjectSchema, { type: 'object', additionalProperties: true, description: 'A JSON object' }],
  [JsonValueSchema, { type: ['object', 'array', 'string', 'number', 'boolean', 'null'] }],
]);

/** The JSON Schema of a zod schema: of what a client sends (`input`) or what the server answers (`output`). */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable(ctx) {
      const known = customSchemas.get(ctx.zodSchema);
      if (known === undefined) {
        throw new Error(
          `The OpenAPI document cannot describe a schema at ${ctx.path.join('.') || '(root)'}: ${ctx.message}. ` +
            'Describe it in customSchemas (src/internal/openapi-schemas.ts).',
        );
      }
      return { ...known };
    },
  }) as JsonSchema;
  return rest;
}

/** Why a respondent's link or wave refused (the `reason` member of their problems). */
export const ProblemReasonSchema = z.enum([
  'invalid',
  'revoked',
  'expired',
  'closed',
  'used',
  'not-yet-open',
  'project-scoped',
  'store-damaged',
  'store-unreachable',
  'export-right',
  'group-by-not-allowed',
  'csrf',
  'mail-off',
]);

/** The problem types answered with a status. */
export function problemTypesOf(status: number): ProblemType[] {
  return (Object.keys(problemStatuses) as ProblemType[]).filter((type) => problemStatuses[type] === status);
}

/** The body of a problem+json answer with this status: its `status` and `type` are fixed by it. */
export function problemSchema(status: number): JsonSchema {
  const types = problemTypesOf(status);
  const [first, ...others] = types.map(problemTypeUri);
  if (first === undefined) throw new Error(`No problem type is answered with status ${status}.`);
  const schema = z.object({
    type: z.enum([first, ...others]).describe('urn:neighbourly:problem:<slug>'),
    title: z.enum(types.map((type) => problemTypes[type])),
    status: z.literal(status),
    detail: z.string().describe('What went wrong, for people'),
    reason: ProblemReasonSchema.optional().describe(
      'Why: a respondent or account link or wave refused, an admin key limited to one project, a full export without the right, a breakdown that is not allowed, the store is damaged or unreachable, `csrf`: a cookie write without its token, or `mail-off`: e-mail is not configured on this server',
    ),
    errors: z
      .array(
        z.object({
          path: z.string().describe('Where: `params.…`, `query.…`, `headers.…` or `body.…`'),
          message: z.string(),
        }),
      )
      .optional()
      .describe('For 422: one entry per field that is wrong'),
  });
  return { title: `Problem${status}`, ...toJsonSchema(schema, 'output') };
}
