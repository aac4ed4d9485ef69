// Uses the installed tarballs from ESM, as a project that ran `npm install ./packs/*.tgz` would.
import assert from 'node:assert/strict';
import { runCli } from '@neighbourly/cli';
import { compareWaves, computeIndicators, sampleIndicatorSet } from '@neighbourly/core';
import { renderImpactReport } from '@neighbourly/report';
import { createApp } from '@neighbourly/server';
import { welchTTest } from '@neighbourly/stats';
import { openStore } from '@neighbourly/store';
import { lintSurveyDefinition, surveyTemplate } from '@neighbourly/surveys';

const records = ['baseline', 'end'].flatMap((waveId, w) =>
  Array.from({ length: 12 }, (_, i) => ({
    respondentId: `r${i}`,
    waveId,
    answers: { meet_neighbours: 1 + ((i + w * 2) % 5) },
  })),
);
const results = await computeIndicators({ definitions: sampleIndicatorSet.indicators, records });
const comparison = compareWaves(results, { from: 'baseline', to: 'end' });
assert.ok(comparison.comparisons.length > 0, 'compareWaves compares');
assert.equal(welchTTest([3, 4, 5, 4], [2, 3, 3, 2, 4]).meanDiff.toFixed(6), '1.200000');
assert.equal(lintSurveyDefinition(surveyTemplate('outcomes', 'resident')).ok, true);
const store = await openStore('sqlite::memory:');
assert.deepEqual(await store.projects.list(), []);
await store.close();
assert.equal(typeof renderImpactReport, 'function');
assert.equal(typeof createApp, 'function');
let version = '';
assert.equal(
  await runCli(['node', 'neighbourly', '--version'], { stdout: { write: (text) => (version += text) } }),
  0,
);
assert.match(version, /^\d+\.\d+\.\d+/);
console.log('ESM: ok');
