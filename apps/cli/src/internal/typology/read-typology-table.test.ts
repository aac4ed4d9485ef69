import { describe, expect, it } from 'vitest';
import { parseNumber } from './read-typology-table.js';

describe('parseNumber', () => {
  it('reads plain and scientific numbers and treats empty or NA as missing', () => {
    expect(parseNumber(' 12.5 ', ',')).toBe(12.5);
    expect(parseNumber('-3', ',')).toBe(-3);
    expect(parseNumber('1e3', ',')).toBe(1000);
    expect(parseNumber('.5', ',')).toBe(0.5);
    expect(parseNumber('', ',')).toBeNull();
    expect(parseNumber('NA', ',')).toBeNull();
  });

  it('accepts a decimal comma only when the delimiter is not a comma', () => {
    expect(parseNumber('3,5', ';')).toBe(3.5);
    expect(parseNumber('3,5', ',')).toBeUndefined();
  });

  it('rejects text, thousands separators and hex', () => {
    for (const text of ['abc', '1.000,5', '0x10', '12abc', 'Infinity'])
      expect(parseNumber(text, ';')).toBeUndefined();
  });
});
