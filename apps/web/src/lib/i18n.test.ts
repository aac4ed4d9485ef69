import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keys(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** Plural forms differ by language (`_one`, `_other`, `_zero`): compare the keys without them. */
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const folders = [
  join(src, 'ui', 'locales'),
  ...readdirSync(join(src, 'features')).map((feature) => join(src, 'features', feature, 'locales')),
];

it.each(folders.map((folder) => [folder.slice(src.length + 1), folder]))(
  '%s has the same keys in nl, fr and en, none empty',
  (_name, folder) => {
    const catalogues = Object.fromEntries(
      ['nl', 'fr', 'en'].map((lng) => [
        lng,
        JSON.parse(readFileSync(join(folder, `${lng}.json`), 'utf8')) as unknown,
      ]),
    );
    const english = new Set(keys(catalogues.en).map(withoutPlural));
    for (const lng of ['nl', 'fr']) {
      expect(new Set(keys(catalogues[lng]).map(withoutPlural)), lng).toEqual(english);
    }
    for (const lng of ['nl', 'fr', 'en']) {
      const empty = keys(catalogues[lng]).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogues[lng]);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, lng).toEqual([]);
    }
  },
);
