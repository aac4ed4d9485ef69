import { LanguageSchema } from '@neighbourly/core';
import { z } from 'zod';
import { RecordIdSchema, SlugSchema, TimestampSchema } from './record-fields.js';

/** Background values of a respondent used to break results down (age band, area, informal carer …). */
export const RespondentAttributesSchema = z.record(
  z
    .string()
    .min(1)
    .max(100)
    .refine((key) => key !== '__proto__', 'must not be __proto__'),
  z.union([z.string().max(200), z.number(), z.boolean()]),
);
/** Pseudonymous background values of a respondent. */
export type RespondentAttributes = z.infer<typeof RespondentAttributesSchema>;

/**
 * A panel member of one project, known only by a pseudonymous id (`id`) that links their answers across
 * waves. No names or contact details here: those live apart in a {@link Contact} and can be erased alone.
 */
export const RespondentSchema = z.strictObject({
  id: RecordIdSchema,
  projectId: RecordIdSchema,
  /** The respondent group, e.g. `resident`, `volunteer`, `professional`. */
  group: SlugSchema.exactOptional(),
  attributes: RespondentAttributesSchema.exactOptional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** A stored respondent. */
export type Respondent = z.infer<typeof RespondentSchema>;

/** What a caller gives to create a respondent. */
export const RespondentInputSchema = z.strictObject({
  projectId: RecordIdSchema,
  group: SlugSchema.exactOptional(),
  attributes: RespondentAttributesSchema.exactOptional(),
});
/** Input of `store.respondents.create`. */
export type RespondentInput = z.input<typeof RespondentInputSchema>;

/** Changes to a respondent; `null` removes the field. */
export const RespondentPatchSchema = z.strictObject({
  group: SlugSchema.nullable().exactOptional(),
  attributes: RespondentAttributesSchema.nullable().exactOptional(),
});
/** Input of `store.respondents.update`. */
export type RespondentPatch = z.input<typeof RespondentPatchSchema>;

/** Contact details of a respondent (personal data), kept apart from answers and erasable alone. */
export const ContactSchema = z.strictObject({
  respondentId: RecordIdSchema,
  projectId: RecordIdSchema,
  name: z.string().min(1).max(200).exactOptional(),
  email: z.email().max(320).exactOptional(),
  phone: z.string().min(3).max(40).exactOptional(),
  /** The language to contact the person in. */
  language: LanguageSchema.exactOptional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** Stored contact details. */
export type Contact = z.infer<typeof ContactSchema>;

/** What a caller gives to set a respondent's contact details (replacing any earlier ones). */
export const ContactInputSchema = ContactSchema.pick({
  name: true,
  email: true,
  phone: true,
  language: true,
});
/** Input of `store.respondents.setContact`. */
export type ContactInput = z.input<typeof ContactInputSchema>;
