import { describe, expect, it } from 'vitest';
import { contextInput, contextNamePattern, contextValue } from './context-values';

describe('context values', () => {
  it('reads digits with one decimal comma or point as a number, anything else as text', () => {
    expect(contextValue(' 6000 ')).toBe(6000);
    expect(contextValue('0,35')).toBe(0.35);
    expect(contextValue('-1.5')).toBe(-1.5);
    expect(contextValue('6.000,5')).toBe('6.000,5');
    expect(contextValue('Brussel')).toBe('Brussel');
    expect(contextValue('   ')).toBeNull();
  });
  it('shows numbers in the interface language without grouping, so they read back the same', () => {
    expect(contextInput(0.35, 'nl-BE')).toBe('0,35');
    expect(contextValue(contextInput(12345.5, 'fr-BE'))).toBe(12345.5);
    expect(contextInput(12345, 'en-GB')).toBe('12345');
    expect(contextInput('stad', 'nl-BE')).toBe('stad');
    expect(contextInput(null, 'nl-BE')).toBe('');
  });
  it('takes names the programme query can name', () => {
    expect(['density', 'older_share', 'region-2'].every((name) => contextNamePattern.test(name))).toBe(true);
    expect(['', 'dichtheid woningen', 'x'.repeat(65)].some((name) => contextNamePattern.test(name))).toBe(
      false,
    );
  });
});
