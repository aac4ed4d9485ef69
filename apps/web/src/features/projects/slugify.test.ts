import { expect, it } from 'vitest';
import { slugify } from './slugify';

it('makes a kebab-case web-address name without accents', () => {
  expect(slugify('Zorgzame Buurt Noord')).toBe('zorgzame-buurt-noord');
  expect(slugify('  Quartier solidaire — Schaerbeek!  ')).toBe('quartier-solidaire-schaerbeek');
  expect(slugify('Élan & Co.')).toBe('elan-co');
  expect(slugify('!!!')).toBe('');
});
