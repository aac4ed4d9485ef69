import { describe, expect, it } from 'vitest';
import { createShortCode, formatShortCode, normalizeShortCode } from './short-code.js';

describe('printed invitation codes', () => {
  it('are 10 unambiguous letters, printed in two groups and read back however they are typed', () => {
    const codes = new Set(Array.from({ length: 2000 }, createShortCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{10}$/);
      const printed = formatShortCode(code);
      expect(printed).toMatch(/^.{5}-.{5}$/);
      expect(normalizeShortCode(printed)).toBe(code);
      expect(normalizeShortCode(` ${printed.toLowerCase().replace('-', ' ')} `)).toBe(code);
    }
  });

  it('refuses what cannot be a printed code', () => {
    expect(normalizeShortCode('K7PMQ-2XD9')).toBeUndefined();
    expect(normalizeShortCode('K7PMQ-2XD9O')).toBeUndefined();
    expect(normalizeShortCode('x'.repeat(43))).toBeUndefined();
    expect(normalizeShortCode('')).toBeUndefined();
  });
});
