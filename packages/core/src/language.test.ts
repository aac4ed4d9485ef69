import { describe, expect, it } from 'vitest';
import { LocalizedTextSchema, localize } from './language.js';

describe('localize', () => {
  it('returns the requested language when present', () => {
    expect(localize({ nl: 'Buurt', fr: 'Quartier', en: 'Neighbourhood' }, 'fr')).toBe('Quartier');
  });
  it('falls back to English, then Dutch', () => {
    expect(localize({ nl: 'Buurt', en: 'Neighbourhood' }, 'fr')).toBe('Neighbourhood');
    expect(localize({ nl: 'Buurt' }, 'fr')).toBe('Buurt');
  });
  it('rejects a text without any language', () => {
    expect(LocalizedTextSchema.safeParse({}).success).toBe(false);
    expect(LocalizedTextSchema.safeParse({ nl: 'x' }).success).toBe(true);
  });
});
