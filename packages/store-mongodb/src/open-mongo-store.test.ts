import { StoreError } from '@neighbourly/store';
import { runStoreContract } from '@neighbourly/store/contract';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { openMongoStore } from './open-mongo-store.js';

const uri = process.env.MONGODB_URI;
const databases: string[] = [];

describe('openMongoStore', () => {
  it('names an unreachable server without its password', { timeout: 20_000 }, async () => {
    const url =
      'mongodb://app:s3cret@127.0.0.1:9/neighbourly?serverSelectionTimeoutMS=300&connectTimeoutMS=300';
    const error = await openMongoStore({ url }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('unavailable');
    expect((error as StoreError).message).toContain('mongodb://app:***@127.0.0.1:9/neighbourly');
    expect((error as StoreError).message).not.toContain('s3cret');
  });
});

// No MongoDB server can be installed on the build machines (neither Debian nor npm ships one), so the
// contract suite runs only where MONGODB_URI names a reachable deployment (a replica set to test transactions).
describe.skipIf(!uri)('MongoDB contract (skipped: set MONGODB_URI to a reachable MongoDB to run it)', () => {
  const connect = (transactions: 'auto' | 'never') => () => {
    const databaseName = `neighbourly_test_${Date.now().toString(36)}_${databases.length}`;
    databases.push(databaseName);
    return openMongoStore({ url: uri ?? '', databaseName, transactions });
  };
  runStoreContract('mongodb (transactions when supported)', connect('auto'), { streamCount: 100_000 });
  runStoreContract('mongodb (fallback without transactions)', connect('never'), { streamCount: 10_000 });

  afterAll(async () => {
    const client = new MongoClient(uri ?? '');
    await client.connect();
    for (const name of databases) await client.db(name).dropDatabase();
    await client.close();
  });
});
