import { describe, expect, it } from 'vitest';
import { checkGroupBy } from './group-by-rule.js';

const definition = {
  pages: [
    {
      elements: [
        { type: 'comment', name: 'remarks' },
        { type: 'rating', name: 'knows_neighbour' },
        { type: 'radiogroup', name: 'age_band', choices: ['<65', '65+'], neighbourly: { background: true } },
      ],
    },
  ],
};

describe('checkGroupBy', () => {
  it('allows respondent attributes and background questions', () => {
    expect(
      checkGroupBy(['age_band', 'respondentGroup', 'area'], {
        definitions: [definition],
        attributes: ['respondentGroup', 'area'],
      }),
    ).toEqual([]);
  });

  it('refuses free-text and indicator questions, and names what is allowed', () => {
    const issues = checkGroupBy(['remarks', 'age_band', 'knows_neighbour'], {
      definitions: [definition],
      attributes: ['respondentGroup'],
    });
    expect(issues.map((issue) => issue.path)).toEqual([[0], [2]]);
    expect(issues[0]?.code).toBe('group-by-not-allowed');
    expect(issues[0]?.message).toContain('age_band, respondentGroup');
  });
});
