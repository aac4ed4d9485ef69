import { describe, expect, it } from 'vitest';
import { importCsvResponses, importSurveyJsResults, streamCsvResponses } from './import-responses.js';

const definition = {
  elements: [
    { type: 'rating', name: 'score', rateMin: 1, rateMax: 5 },
    { type: 'boolean', name: 'knows_neighbour' },
    { type: 'checkbox', name: 'help', choices: ['shopping', 'lift'] },
    { type: 'matrix', name: 'trust', rows: ['family', 'neighbours'], columns: [1, 2, 3] },
    { type: 'radiogroup', name: 'age_band', choices: ['65-79', '80+'], neighbourly: { background: true } },
  ],
};

describe('importSurveyJsResults', () => {
  it('reads NDJSON, reports bad lines with their number and skips them', async () => {
    const ndjson = [
      '{"respondentId":"p1","score":4,"knows_neighbour":true}',
      '',
      '{"score":9}',
      'not json',
      '{"score":2,"age_band":"80+"}',
    ].join('\n');
    const result = await importSurveyJsResults(ndjson, { definition, waveId: 'baseline' });
    expect(result.records).toEqual([
      { respondentId: 'p1', waveId: 'baseline', answers: { score: 4, knows_neighbour: true } },
      { waveId: 'baseline', group: { age_band: '80+' }, answers: { score: 2, age_band: '80+' } },
    ]);
    expect(result.issues.map((issue) => `${issue.line}:${issue.code}`)).toEqual([
      '3:not-on-scale',
      '4:invalid-json',
    ]);
    expect(result.rows).toBe(4);
  });

  it('reads a JSON array from a stream of chunks', async () => {
    async function* chunks() {
      yield '[{"score":1},';
      yield new TextEncoder().encode('{"score":"1"}]');
    }
    const result = await importSurveyJsResults(chunks(), { definition, waveId: 'end', format: 'json' });
    expect(result.records).toHaveLength(1);
    expect(result.issues.map((issue) => `${issue.line}:${issue.code}`)).toEqual(['2:not-on-scale']);
  });
});

describe('importCsvResponses', () => {
  const mapping = {
    questions: {
      Score: 'score',
      Knows: 'knows_neighbour',
      Help: 'help',
      TrustFamily: 'trust.family',
      Age: 'age_band',
    },
    waveColumn: 'Wave',
    respondentColumn: 'Id',
    groupColumns: { area: 'Area' },
  };

  it('converts cells to the question types, streams rows and reports bad ones by line', async () => {
    const csv = [
      'Id,Wave,Area,Score,Knows,Help,TrustFamily,Age',
      'p1,baseline,north,4,yes,shopping;lift,3,80+',
      'p2,baseline,south,four,no,,,',
      'p3,end,north,5,1,teleport,,',
      'p4,end,north,3,0,,2',
      'p5,end,,2,no,,,65-79',
    ].join('\n');
    const result = await importCsvResponses(csv, { definition, mapping });
    expect(result.records).toEqual([
      {
        respondentId: 'p1',
        waveId: 'baseline',
        group: { area: 'north', age_band: '80+' },
        answers: {
          score: 4,
          knows_neighbour: true,
          help: ['shopping', 'lift'],
          'trust.family': 3,
          age_band: '80+',
        },
      },
      {
        respondentId: 'p5',
        waveId: 'end',
        group: { age_band: '65-79' },
        answers: { score: 2, knows_neighbour: false, age_band: '65-79' },
      },
    ]);
    expect(result.issues.map((issue) => `${issue.line}:${issue.code}`)).toEqual([
      '3:unconvertible-value',
      '4:unknown-choice',
      '5:invalid-csv',
    ]);
  });

  it('streams: records come out while the file is still being read, and nothing is kept', async () => {
    const chunks = 400;
    let produced = 0;
    async function* source() {
      yield 'Id,Wave,Area,Score,Knows,Help,TrustFamily,Age\n';
      for (let chunk = 0; chunk < chunks; chunk++) {
        produced++;
        let text = '';
        for (let row = 0; row < 50; row++)
          text += `p${chunk}-${row},baseline,north,${1 + (row % 5)},yes,,,\n`;
        yield text;
      }
    }
    let records = 0;
    let producedAtFirstRecord = -1;
    const items = streamCsvResponses(source(), { definition, mapping });
    for (let step = await items.next(); ; step = await items.next()) {
      if (step.done) {
        expect(step.value).toBe(chunks * 50);
        break;
      }
      expect('record' in step.value).toBe(true);
      if (producedAtFirstRecord < 0) producedAtFirstRecord = produced;
      records++;
    }
    expect(records).toBe(chunks * 50);
    expect(producedAtFirstRecord).toBeLessThan(chunks / 4);
  });

  it('names every mapped column the file lacks in one issue, instead of one per row', async () => {
    const rows = ['Id,Area,Score,Knows,Help,TrustFamily,Age'];
    for (let i = 0; i < 400; i++) rows.push(`p${i},north,4,yes,,,`);
    const result = await importCsvResponses(rows.join('\n'), {
      definition,
      mapping: { ...mapping, groupColumns: { area: 'Area', age_band: 'Leeftijd' } },
    });
    expect(result.records).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ line: 1, code: 'unknown-column' });
    expect(result.issues[0]?.message).toBe(
      'line 1: the mapping names columns the file does not have: "Wave" (waveColumn), "Leeftijd" (groupColumns.age_band); its columns are "Id", "Area", "Score", "Knows", "Help", "TrustFamily", "Age"',
    );
    // A file with a header and no rows is checked too.
    const empty = await importCsvResponses('Id,Area\n', { definition, mapping });
    expect(empty.issues.map((issue) => issue.code)).toEqual(['unknown-column']);
  });

  it('rejects a mapping that names unknown questions', async () => {
    const result = await importCsvResponses('A\n1', {
      definition,
      waveId: 'w',
      mapping: { questions: { A: 'nope' } },
    });
    expect(result.issues[0]?.code).toBe('unknown-question');
    expect(result.records).toEqual([]);
  });
});
