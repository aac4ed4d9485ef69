/** Where a store lives, parsed from a store URL. */
export type StoreLocation = { kind: 'sqlite'; filename: string } | { kind: 'mongodb'; url: string };

/** The store used when nothing is configured. */
export const defaultStoreUrl = 'sqlite:./data/neighbourly.db';

/**
 * Parses a store URL: `sqlite:./path/file.db`, `sqlite::memory:`, `mongodb://…` or `mongodb+srv://…`.
 * Throws a `TypeError` naming the URL (without its password) for any other scheme.
 *
 * @example
 * parseStoreUrl('sqlite::memory:') // { kind: 'sqlite', filename: ':memory:' }
 */
export function parseStoreUrl(url: string): StoreLocation {
  if (url.startsWith('sqlite:')) {
    const filename = url.slice('sqlite:'.length);
    if (filename === '') throw new TypeError(`Store URL "${url}" names no SQLite file`);
    return { kind: 'sqlite', filename };
  }
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return { kind: 'mongodb', url };
  throw new TypeError(
    `Unknown store URL "${redactStoreUrl(url)}": use sqlite:<file>, sqlite::memory: or mongodb://…`,
  );
}

/** Replaces the password in a URL's user info with `***`, for messages and logs. */
export function redactStoreUrl(url: string): string {
  return url.replace(/^([a-z+]+:\/\/[^:/@]+):[^@/]*@/i, '$1:***@');
}
