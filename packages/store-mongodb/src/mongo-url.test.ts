import { expect, it } from 'vitest';
import { databaseNameFromUrl } from './mongo-url.js';

it('reads the database name from a connection string', () => {
  expect(databaseNameFromUrl('mongodb://u:p@localhost:27017/evaluation?replicaSet=rs0')).toBe('evaluation');
  expect(databaseNameFromUrl('mongodb+srv://cluster.example.org')).toBe('neighbourly');
  expect(() => databaseNameFromUrl('sqlite::memory:')).toThrow(/Not a MongoDB URL/);
});
