// Run with `npm start` in this folder after `npm run build` at the root.
import assert from 'node:assert/strict';
import { describe, proportion } from '@neighbourly/stats';

// WHO-5 well-being scores (0-100) of six residents; one did not answer.
const wellBeing = [62, 70, null, 48, 84, 56];
const summary = describe(wellBeing);
assert.equal(summary.n, 5);
assert.equal(summary.missing, 1);
assert.equal(summary.mean, 64);
console.log(
  `Mean well-being of ${summary.n} residents: ${summary.mean.toFixed(1)} ` +
    `(95% CI ${summary.ci95[0].toFixed(1)} to ${summary.ci95[1].toFixed(1)})`,
);

// 41 of 100 residents know a neighbour they could ask for help.
const knowsNeighbour = proportion(41, 100);
assert.ok(knowsNeighbour.ci[0] < 0.41 && knowsNeighbour.ci[1] > 0.41);
console.log(
  `Knows a neighbour to ask for help: ${(knowsNeighbour.p * 100).toFixed(0)}% ` +
    `(95% Wilson CI ${(knowsNeighbour.ci[0] * 100).toFixed(1)}% to ${(knowsNeighbour.ci[1] * 100).toFixed(1)}%)`,
);
