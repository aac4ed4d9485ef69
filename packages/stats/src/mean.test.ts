import { expect, it } from 'vitest';
import { mean } from './mean.js';

it('drops missing values', () => {
  expect(mean([1, 2, null, 3, undefined, Number.NaN])).toBe(2);
  expect(mean([])).toBeNaN();
});
