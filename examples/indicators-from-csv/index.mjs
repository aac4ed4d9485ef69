// Computes the sample project's indicators from a CSV of survey responses and prints a table:
// the CSV is parsed as a stream (csv-parse), each row becomes a tidy record, and the records
// stream into @neighbourly/core's indicator engine. Then it compares the waves and tells, per
// outcome of the theory of change, how things moved. Runs on the built packages.
import { createReadStream } from 'node:fs';
import {
  compareWaves,
  computeIndicators,
  formatPath,
  localize,
  sampleIndicatorSet,
  sampleTheoryOfChange,
  summarizeProgress,
} from '@neighbourly/core';
import { parse } from 'csv-parse';

const file = process.argv[2] ?? new URL('./responses.csv', import.meta.url);
const lang = process.env.NEIGHBOURLY_LANG ?? 'en';

/** CSV rows → tidy records: fixed columns become ids and groups, the rest are answers. */
async function* readRecords(path) {
  const parser = createReadStream(path).pipe(parse({ columns: true, skip_empty_lines: true, trim: true }));
  for await (const row of parser) {
    const {
      respondent_id: respondentId,
      wave: waveId,
      area,
      respondent_group: respondentGroup,
      ...answers
    } = row;
    yield {
      ...(respondentId ? { respondentId } : {}),
      waveId,
      group: { area, respondentGroup },
      answers, // strings from the CSV: numeric strings count as numbers, '' as missing
    };
  }
}

// WHO-5, scored by its published rule: the sum of five 0-5 items × 4 (0-100); any missing item → no score.
// (In a real project the scorer comes from @neighbourly/surveys' instrument registry.)
const who5 = (answers) => {
  let sum = 0;
  for (let i = 1; i <= 5; i++) {
    const raw = answers[`who5_${i}`];
    if (raw === undefined || raw === null || raw === '') return null;
    sum += Number(raw);
  }
  return sum * 4;
};

const results = await computeIndicators({
  definitions: sampleIndicatorSet.indicators,
  records: readRecords(file),
  groupBy: ['area'],
  scorers: { 'who-5': who5 },
});

for (const issue of results.issues)
  console.warn(`${issue.severity ?? 'error'} ${formatPath(issue.path)}: ${issue.message}`);

const labels = new Map(sampleIndicatorSet.indicators.map((d) => [d.id, d]));
const format = (id, value) => {
  if (value === undefined) return '';
  return labels.get(id)?.unit === 'share' ? `${(value * 100).toFixed(1)}%` : value.toFixed(2);
};
const pad = (text, width) => String(text).padEnd(width);
const line = (cells) => console.log(cells.map(([text, width]) => pad(text, width)).join(' '));

console.log(
  `\nIndicators (${results.waves.join(', ')}; respondents per wave: ${JSON.stringify(results.respondents)})\n`,
);
line([
  ['indicator', 42],
  ['wave', 10],
  ['group', 14],
  ['n', 4],
  ['value', 8],
  ['95% CI', 18],
  ['alpha', 5],
]);
for (const cell of results.cells) {
  const group =
    Object.entries(cell.group)
      .map(([k, v]) => `${k}=${v}`)
      .join(',') || 'all';
  const label = localize(labels.get(cell.indicatorId)?.label ?? { en: cell.indicatorId }, lang);
  const value = cell.suppressed ? 'hidden' : format(cell.indicatorId, cell.value);
  const ci = cell.ci
    ? `${format(cell.indicatorId, cell.ci[0])} – ${format(cell.indicatorId, cell.ci[1])}`
    : '';
  line([
    [label, 42],
    [cell.waveId, 10],
    [group, 14],
    [cell.n, 4],
    [value, 8],
    [ci, 18],
    [cell.alpha?.toFixed(2) ?? '', 5],
  ]);
}

console.log(
  '\nhidden: too few respondents to publish (or hidden so that a small group cannot be worked out)',
);

const comparison = compareWaves(results, { from: 'baseline', to: 'end', groups: 'overall' });
console.log('\nBaseline → end\n');
line([
  ['indicator', 42],
  ['change', 8],
  ['test', 18],
  ['linked', 6],
  ['p (Holm)', 9],
  ['status', 17],
]);
for (const c of comparison.comparisons) {
  const label = localize(labels.get(c.indicatorId)?.label ?? { en: c.indicatorId }, lang);
  const change = c.change === undefined ? '' : format(c.indicatorId, c.change);
  line([
    [label, 42],
    [change, 8],
    [c.test, 18],
    [c.linked, 6],
    [c.pAdjusted?.toFixed(4) ?? '', 9],
    [c.status, 17],
  ]);
}

console.log('\nTheory of change: outcomes and impact\n');
for (const node of summarizeProgress(sampleTheoryOfChange, { results, comparison }).nodes) {
  console.log(`${pad(node.status, 18)} ${localize(node.label, lang)}`);
}
