import { describe, expect, it } from 'vitest';
import { listAnswerFields } from './answer-fields.js';
import {
  listBackgroundQuestions,
  SurveyRecordSchema,
  toLongTable,
  toRecords,
  toWideTable,
} from './survey-records.js';
import { surveyTemplate } from './templates/survey-templates.js';

const definition = {
  elements: [
    { type: 'radiogroup', name: 'age_band', choices: ['65-79', '80+'], neighbourly: { background: true } },
    { type: 'matrix', name: 'trust', rows: ['family', 'neighbours'], columns: [1, 2, 3] },
    {
      type: 'multipletext',
      name: 'household',
      items: [{ name: 'adults', inputType: 'number' }, { name: 'note' }],
    },
    { type: 'checkbox', name: 'help', choices: ['shopping', 'lift'], showOtherItem: true },
    { type: 'ranking', name: 'priorities', choices: ['care', 'meet', 'safety'] },
    { type: 'rating', name: 'score' },
  ],
};
const data = {
  age_band: '80+',
  trust: { family: 3, neighbours: 2 },
  household: { adults: 2 },
  help: ['lift', 'other'],
  'help-Comment': 'repairs',
  priorities: ['meet', 'care', 'safety'],
  score: 4,
  stray: 'dropped',
};

describe('toRecords', () => {
  it('flattens answers with the documented names and fills group from background questions', () => {
    const [record] = toRecords(definition, [
      { respondentId: 'p1', waveId: 'baseline', group: { area: 'north' }, data },
    ]);
    expect(SurveyRecordSchema.parse(record)).toEqual(record);
    expect(record).toEqual({
      respondentId: 'p1',
      waveId: 'baseline',
      group: { area: 'north', age_band: '80+' },
      answers: {
        age_band: '80+',
        'trust.family': 3,
        'trust.neighbours': 2,
        'household.adults': 2,
        help: ['lift', 'other'],
        'help-Comment': 'repairs',
        priorities: ['meet', 'care', 'safety'],
        'priorities.meet': 1,
        'priorities.care': 2,
        'priorities.safety': 3,
        score: 4,
      },
    });
  });

  it('names every flattened answer as listAnswerFields lists it', () => {
    const fields = new Set(listAnswerFields(definition).map((field) => field.name));
    const [record] = toRecords(definition, [{ waveId: 'w', data }]);
    for (const name of Object.keys(record?.answers ?? {})) expect(fields, name).toContain(name);
  });

  it('uses the templates’ background questions for group-by', () => {
    const template = surveyTemplate('outcomes', 'resident');
    const [record] = toRecords(template, [
      { waveId: 'w', data: { age_band: '65-79', language: 'fr', feel_safe: 4 } },
    ]);
    expect(record?.group).toEqual({ age_band: '65-79', language: 'fr' });
  });
});

describe('tables', () => {
  const records = toRecords(definition, [
    { respondentId: 'p1', waveId: 'baseline', data },
    { respondentId: 'p2', waveId: 'end', group: { area: 'south' }, data: { score: 5 } },
  ]);

  it('writes a wide table with one column per field', () => {
    const table = toWideTable(definition, records);
    expect(table.columns.slice(0, 6)).toEqual([
      'respondentId',
      'waveId',
      'group.age_band',
      'group.area',
      'age_band',
      'trust.family',
    ]);
    const row = Object.fromEntries(table.columns.map((column, index) => [column, table.rows[0]?.[index]]));
    expect(row).toMatchObject({
      respondentId: 'p1',
      help: 'lift;other',
      'household.note': null,
      score: 4,
      'group.area': null,
    });
    expect(table.rows[1]?.[table.columns.indexOf('group.area')]).toBe('south');
  });

  it('writes a long table with one row per answer', () => {
    const table = toLongTable(records);
    expect(table.columns).toEqual(['respondentId', 'waveId', 'field', 'value']);
    expect(table.rows).toContainEqual(['p2', 'end', 'score', 5]);
    expect(table.rows.filter((row) => row[0] === 'p1')).toHaveLength(11);
  });
});

describe('listBackgroundQuestions', () => {
  it('lists only the questions marked neighbourly.background, also inside panels', () => {
    const definition = {
      pages: [
        {
          elements: [
            { type: 'comment', name: 'remarks' },
            {
              type: 'radiogroup',
              name: 'age_band',
              choices: ['<65', '65+'],
              neighbourly: { background: true },
            },
            {
              type: 'panel',
              name: 'about',
              elements: [
                { type: 'dropdown', name: 'area', choices: ['n', 's'], neighbourly: { background: true } },
              ],
            },
            { type: 'rating', name: 'knows_neighbour', neighbourly: { background: false } },
          ],
        },
      ],
    };
    expect(listBackgroundQuestions(definition)).toEqual(['age_band', 'area']);
  });
});
