import {
  caringNeighbourhoodsFramework,
  type Framework,
  type IndicatorSet,
  sampleIndicatorSet,
  sampleTheoryOfChange,
  type TheoryOfChange,
} from '@neighbourly/core';

/** Frameworks a `project.json` can name by id. */
export const builtinFrameworks: ReadonlyMap<string, Framework> = new Map([
  [caringNeighbourhoodsFramework.id, caringNeighbourhoodsFramework],
]);

/** Indicator sets a `project.json` can name by id. */
export const builtinIndicatorSets: ReadonlyMap<string, IndicatorSet> = new Map([
  [sampleIndicatorSet.id, sampleIndicatorSet],
]);

/** The theory of change `init` scaffolds. */
export const starterTheoryOfChange: TheoryOfChange = sampleTheoryOfChange;
/** The indicator set `init` scaffolds. */
export const starterIndicatorSet: IndicatorSet = sampleIndicatorSet;
