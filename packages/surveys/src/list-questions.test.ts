import { expect, it } from 'vitest';
import { listQuestions } from './list-questions.js';

it('lists questions across pages and panels', () => {
  const questions = listQuestions({
    pages: [
      { elements: [{ type: 'rating', name: 'q1' }] },
      { elements: [{ type: 'panel', name: 'p', elements: [{ type: 'text', name: 'q2' }] }] },
    ],
  });
  expect(questions).toEqual([
    { name: 'q1', type: 'rating' },
    { name: 'q2', type: 'text' },
  ]);
});
