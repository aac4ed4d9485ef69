import type { IndicatorSet, RespondentGroup } from '@neighbourly/core';
import { IndicatorSetSchema } from '@neighbourly/core';
import type { SurveyRound } from '../neighbourly-metadata.js';
import { governanceTemplate } from './governance-template.js';
import { outcomesTemplate } from './outcomes-template.js';
import { processTemplate } from './process-template.js';
import { roundIndicatorSet } from './template-indicators.js';

/** The respondent groups each round has a questionnaire for. */
export const templateVariants: Readonly<Record<SurveyRound, readonly RespondentGroup[]>> = {
  governance: ['professional', 'coordinator'],
  process: ['volunteer', 'professional', 'coordinator'],
  outcomes: ['resident', 'volunteer', 'professional', 'coordinator'],
};

/** A template id: `<round>-<group>`, e.g. `outcomes-resident`. */
export type TemplateId = `${SurveyRound}-${RespondentGroup}`;

/**
 * A CAIMeR questionnaire template: a SurveyJS definition in English (`default`), Dutch and French,
 * with `neighbourly` metadata on every question and the round's indicator set id on the survey.
 * A fresh copy on every call, so callers may edit it.
 *
 * @returns `undefined` when the round has no variant for the group (see {@link templateVariants}).
 * @example
 * const definition = surveyTemplate('outcomes', 'resident'); // about 40 questions, under 10 minutes
 */
export function surveyTemplate(
  round: SurveyRound,
  group: RespondentGroup,
): Record<string, unknown> | undefined {
  if (!templateVariants[round].includes(group)) return undefined;
  switch (round) {
    case 'governance':
      return governanceTemplate(group);
    case 'process':
      return processTemplate(group);
    case 'outcomes':
      return outcomesTemplate(group);
  }
}

/** Every template, by id. */
export function listSurveyTemplates(): { id: TemplateId; round: SurveyRound; group: RespondentGroup }[] {
  return (Object.keys(templateVariants) as SurveyRound[]).flatMap((round) =>
    templateVariants[round].map((group) => ({ id: `${round}-${group}` as TemplateId, round, group })),
  );
}

/**
 * The indicator set of a round's templates (`caimer-governance`, `caimer-process`,
 * `caimer-outcomes`), mapped to the caring-neighbourhoods framework's objectives. Scale
 * indicators name their instrument; pass `instrumentScorers` to the engine.
 */
export function templateIndicatorSet(round: SurveyRound): IndicatorSet {
  return roundIndicatorSet(round);
}

/** All template indicators in one set (`caimer-templates`): a project using the templates needs nothing else. */
export function allTemplateIndicators(): IndicatorSet {
  return IndicatorSetSchema.parse({
    id: 'caimer-templates',
    frameworkId: 'caring-neighbourhoods',
    indicators: (['governance', 'process', 'outcomes'] as const).flatMap(
      (round) => roundIndicatorSet(round).indicators,
    ),
  });
}
