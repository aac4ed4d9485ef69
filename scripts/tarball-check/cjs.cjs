// Uses the installed tarballs from CommonJS (the packages that ship a CommonJS build).
const assert = require('node:assert/strict');
const { welchTTest } = require('@neighbourly/stats');
const { computeIndicatorsSync, sampleIndicatorSet } = require('@neighbourly/core');
const { lintSurveyDefinition, surveyTemplate } = require('@neighbourly/surveys');
const { openStore } = require('@neighbourly/store');
const { renderImpactReport } = require('@neighbourly/report');

assert.equal(welchTTest([3, 4, 5, 4], [2, 3, 3, 2, 4]).meanDiff.toFixed(6), '1.200000');
const results = computeIndicatorsSync({
  definitions: sampleIndicatorSet.indicators,
  records: [{ waveId: 'baseline', answers: { meet_neighbours: 4 } }],
});
assert.deepEqual(results.waves, ['baseline']);
assert.equal(lintSurveyDefinition(surveyTemplate('outcomes', 'resident')).ok, true);
assert.equal(typeof openStore, 'function');
assert.equal(typeof renderImpactReport, 'function');
console.log('CommonJS: ok');
