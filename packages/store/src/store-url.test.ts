import { describe, expect, it } from 'vitest';
import { parseStoreUrl, redactStoreUrl } from './store-url.js';

describe('parseStoreUrl', () => {
  it('reads SQLite files and memory', () => {
    expect(parseStoreUrl('sqlite:./data/x.db')).toEqual({ kind: 'sqlite', filename: './data/x.db' });
    expect(parseStoreUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', filename: ':memory:' });
  });
  it('reads MongoDB URLs', () => {
    expect(parseStoreUrl('mongodb+srv://h/db').kind).toBe('mongodb');
  });
  it('rejects unknown schemes without leaking the password', () => {
    expect(() => parseStoreUrl('postgres://u:secret@h/db')).toThrow(/postgres:\/\/u:\*\*\*@h\/db/);
    expect(redactStoreUrl('mongodb://u:secret@h/db')).toBe('mongodb://u:***@h/db');
  });
});
