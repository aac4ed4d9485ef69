import { LanguageSchema } from '@neighbourly/core';
import { z } from 'zod';

const Text = z.string().max(4000);

/** One answer option of a printed question: a box to tick and its label. */
export const PaperChoiceSchema = z.object({ value: z.string().max(200), text: Text });

/**
 * One printed question, already in the questionnaire's language:
 * - `single`: one box per option, tick one (radio groups, dropdowns, yes/no, labelled scales);
 * - `multiple`: one box per option, tick any;
 * - `scale`: a row of numbered boxes with the end labels under the ends (1–5, 0–10);
 * - `text` one writing line, `comment` several, `number` a row of digit boxes;
 * - `matrix`: one row of boxes per statement (`rows`) under the `choices` as column heads;
 * - `note`: text to read, no answer.
 */
export const PaperQuestionSchema = z.object({
  name: z.string().min(1).max(200),
  kind: z.enum(['single', 'multiple', 'scale', 'text', 'comment', 'number', 'matrix', 'note']),
  title: Text,
  description: Text.optional(),
  required: z.boolean().default(false),
  /** Shown only under a condition on screen: printed with "only if it applies to you". */
  conditional: z.boolean().default(false),
  choices: z.array(PaperChoiceSchema).max(40).default([]),
  rows: z.array(PaperChoiceSchema).max(60).default([]),
  minLabel: Text.optional(),
  maxLabel: Text.optional(),
});
/** A printed question. */
export type PaperQuestion = z.output<typeof PaperQuestionSchema>;

/**
 * A printable questionnaire: the pages and questions of a SurveyJS definition in one language (build it
 * with the survey's own model so titles, choices and scales are the ones respondents see on screen), the
 * respondent code box, and a QR code with the link to answer online instead.
 */
export const PaperQuestionnaireSchema = z.object({
  lang: LanguageSchema,
  title: Text,
  projectName: Text,
  waveLabel: Text,
  description: Text.optional(),
  /** The link to answer online instead (printed as a QR code and as text); absent: no QR code. */
  onlineUrl: z.url().optional(),
  /** A respondent code printed in the code box; absent: an empty box to write the code from the letter. */
  respondentCode: z.string().max(40).optional(),
  pages: z
    .array(
      z.object({
        title: Text.optional(),
        description: Text.optional(),
        questions: z.array(PaperQuestionSchema).max(500),
      }),
    )
    .min(1)
    .max(100),
  /** The date printed in the footer (default: now). */
  createdAt: z.date().optional(),
});
/** Input of `renderPaperQuestionnaire` (before defaults). */
export type PaperQuestionnaireInput = z.input<typeof PaperQuestionnaireSchema>;
/** A parsed printable questionnaire. */
export type PaperQuestionnaire = z.output<typeof PaperQuestionnaireSchema>;

/** One invitation letter: to one person, in their language, with their code and link. */
export const InvitationLetterSchema = z.object({
  lang: LanguageSchema,
  /** The addressee's name, when the project keeps one; absent: "Dear resident". */
  name: z.string().max(200).optional(),
  /** The printed code, e.g. `K7PMQ-2XD9F`. */
  code: z.string().min(4).max(40),
  /** The personal link (QR code and short link). */
  url: z.url(),
});
/** An invitation letter. */
export type InvitationLetter = z.output<typeof InvitationLetterSchema>;

/** Letters of one wave, one per page. */
export const InvitationLettersSchema = z.object({
  projectName: Text,
  waveLabel: Text,
  /** Who signs the letter, e.g. the project team or the municipality. */
  sender: Text.optional(),
  /** The last day to answer, ISO date-time. */
  closesAt: z.string().optional(),
  letters: z.array(InvitationLetterSchema).max(5000),
  createdAt: z.date().optional(),
});
/** Input of `renderInvitationLetters`. */
export type InvitationLettersInput = z.input<typeof InvitationLettersSchema>;
