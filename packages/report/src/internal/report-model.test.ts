import { describe, expect, it } from 'vitest';
import { buildReportInput } from '../../test/builders.js';
import { buildReportModel } from './report-model.js';

describe('buildReportModel', () => {
  it('hides suppressed cells without any number, and the smallest sibling group too', () => {
    const input = buildReportInput({ lang: 'en', indicators: 1 });
    const model = buildReportModel(input);
    // In the last wave the informal carers ("yes") are suppressed; "no" must be hidden as well,
    // or the total and "no" would reveal "yes".
    const groups = model.groupCells('knows-neighbour-for-help', 'w3', 'informal_carer');
    expect(groups.map(({ value, cell }) => [value, cell])).toEqual([
      ['yes', { hidden: true, reason: 'suppressed' }],
      ['no', { hidden: true, reason: 'complementary' }],
    ]);
    // Age groups in that wave have no suppressed member: all shown.
    for (const { cell } of model.groupCells('knows-neighbour-for-help', 'w3', 'age_band')) {
      expect(cell.hidden).toBe(false);
    }
    // The comparison of the hidden sibling is not shown either.
    const sibling = model.comparisonFor('knows-neighbour-for-help', { informal_carer: 'no' })!;
    expect(sibling.to.suppressed).toBe(false);
    expect(model.comparisonVisible(sibling)).toBe(false);
    expect(model.hiddenCount).toBe(2);
    expect(model.complementaryCount).toBe(1);
  });

  it('keeps the engine’s reason: a complementary cell is not counted as a small one', () => {
    const input = buildReportInput({ lang: 'en', indicators: 1 });
    const cell = input.results.cells.find(
      (entry) =>
        entry.waveId === 'w3' &&
        entry.group.informal_carer === 'no' &&
        entry.indicatorId === 'knows-neighbour-for-help',
    )!;
    Object.assign(cell, { suppressed: true, suppression: 'complementary' });
    delete cell.value;
    const model = buildReportModel(input);
    expect(model.cell('knows-neighbour-for-help', 'w3', { informal_carer: 'no' })).toEqual({
      hidden: true,
      reason: 'complementary',
    });
    expect(model.hiddenCount).toBe(2);
    expect(model.complementaryCount).toBe(1);
  });

  it('names groups from the project, then from the catalogue, then from the id', () => {
    const input = buildReportInput({ lang: 'nl', indicators: 1 });
    const model = buildReportModel(input);
    expect(model.groupPhrase({ age_band: '65-plus' })).toBe('Leeftijd: 65+');
    delete input.project.groups;
    const bare = buildReportModel(input);
    expect(bare.groupPhrase({ informal_carer: 'yes' })).toBe('Mantelzorger: ja');
    expect(bare.groupPhrase({ tenure_type: 'social-rent' })).toBe('Tenure type: social-rent');
  });
});
