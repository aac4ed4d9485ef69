// Run with `npm start` in this folder after `npm run build` at the root.
import assert from 'node:assert/strict';
import { mean } from '@neighbourly/stats';

const wellBeing = [62, 70, null, 48, 84];
const average = mean(wellBeing);
assert.equal(average, 66);
console.log(`Mean well-being score of ${wellBeing.filter((v) => v !== null).length} residents: ${average}`);
