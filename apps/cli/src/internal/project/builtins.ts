import {
  caringNeighbourhoodsFramework,
  type Framework,
  type IndicatorSet,
  sampleIndicatorSet,
} from '@neighbourly/core';
import { allTemplateIndicators, instrumentScorers, templateIndicatorSet } from '@neighbourly/surveys';

/** Frameworks a `project.json` can name by id. */
export const builtinFrameworks: ReadonlyMap<string, Framework> = new Map([
  [caringNeighbourhoodsFramework.id, caringNeighbourhoodsFramework],
]);

/**
 * Indicator sets a `project.json` can name by id: the CAIMeR templates' sets of `@neighbourly/surveys`
 * (`caimer-templates`, and per round `caimer-governance`, `caimer-process`, `caimer-outcomes`) and the core
 * sample set (`sample-caring-neighbourhood`).
 */
export const builtinIndicatorSets: ReadonlyMap<string, IndicatorSet> = new Map(
  [
    allTemplateIndicators(),
    templateIndicatorSet('governance'),
    templateIndicatorSet('process'),
    templateIndicatorSet('outcomes'),
    sampleIndicatorSet,
  ].map((set) => [set.id, set]),
);

/** Scoring functions of the validated instruments (WHO-5, De Jong Gierveld, UCLA-3, cohesion), by instrument id. */
export const scorers = instrumentScorers;
