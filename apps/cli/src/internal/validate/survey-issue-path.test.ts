import { describe, expect, it } from 'vitest';
import { surveyIssuePath } from './survey-issue-path.js';

const definition = {
  title: 'T',
  pages: [
    { name: 'p1', elements: [{ type: 'text', name: 'a' }] },
    { name: 'p2', elements: [{ type: 'panel', name: 'box', elements: [{ type: 'rating', name: 'b' }] }] },
  ],
};

describe('surveyIssuePath', () => {
  it('turns a question name into the JSON path of the question, inside pages and panels', () => {
    expect(surveyIssuePath(definition, ['a', 'visibleIf'])).toEqual(['pages', 0, 'elements', 0, 'visibleIf']);
    expect(surveyIssuePath(definition, ['b'])).toEqual(['pages', 1, 'elements', 0, 'elements', 0]);
  });

  it('keeps paths that already are JSON paths, and names it cannot find', () => {
    expect(surveyIssuePath(definition, ['title'])).toEqual(['title']);
    expect(surveyIssuePath(definition, ['missing', 'x'])).toEqual(['missing', 'x']);
    expect(surveyIssuePath(definition, [])).toEqual([]);
  });
});
