import { StoreError } from '@neighbourly/store';
import { describe, expect, it } from 'vitest';
import {
  activeApiKey,
  auditWhere,
  byField,
  byId,
  page,
  responseSlot,
  responsesWhere,
  streamBatch,
} from './filters.js';

const attacks: unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000)' },
  ['$gt', ''],
  42,
  null,
  undefined,
];

function rejects(build: () => unknown) {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('invalid-input');
    return;
  }
  throw new Error('expected invalid-input');
}

describe('filters are built from typed values only', () => {
  it('rejects operator objects and non-strings as lookup values', () => {
    for (const attack of attacks) {
      rejects(() => byId(attack));
      rejects(() => byField('slug', attack));
      rejects(() => activeApiKey(attack));
      rejects(() => responsesWhere({ projectId: attack as string }));
      rejects(() => responseSlot('p', attack as string, 'r'));
      rejects(() => responseSlot('p', 'w', attack as string));
      rejects(() => streamBatch({ projectId: 'p', waveIds: [attack as string], status: 'all' }, ''));
      // For optional parts `undefined` means "not given" (no cursor, all waves, all projects); anything else
      // that is not a string is refused.
      if (attack !== undefined) {
        rejects(() => page({}, attack as string));
        rejects(() => responsesWhere({ projectId: 'p', waveId: attack as string }));
        rejects(() => auditWhere(attack as string));
      }
    }
  });

  it('treats operator-looking strings as literal values', () => {
    expect(byId('{"$gt":""}')).toEqual({ _id: '{"$gt":""}' });
    expect(byField('slug', '$gt')).toEqual({ slug: '$gt' });
    expect(byField('tokenHash', '$ne')).toStrictEqual({ tokenHash: '$ne' });
  });

  it('builds the expected filters', () => {
    expect(activeApiKey('abc')).toEqual({ keyHash: 'abc', revokedAt: { $exists: false } });
    expect(page({ projectId: 'p' }, undefined)).toEqual({ projectId: 'p' });
    expect(page({ projectId: 'p' }, 'x')).toEqual({ projectId: 'p', _id: { $gt: 'x' } });
    expect(responsesWhere({ projectId: 'p', status: 'complete' })).toEqual({
      projectId: 'p',
      status: 'complete',
    });
    expect(responseSlot('p', 'w', 'r')).toEqual({ projectId: 'p', waveId: 'w', respondentId: 'r' });
    expect(
      streamBatch(
        { projectId: 'p', waveIds: ['w1', 'w2'], since: '2025-01-01T00:00:00.000Z', status: 'complete' },
        'last',
      ),
    ).toEqual({
      projectId: 'p',
      waveId: { $in: ['w1', 'w2'] },
      updatedAt: { $gte: '2025-01-01T00:00:00.000Z' },
      status: 'complete',
      _id: { $gt: 'last' },
    });
    expect(streamBatch({ projectId: 'p', status: 'all' }, '')).toEqual({ projectId: 'p' });
    expect(auditWhere(undefined)).toEqual({});
  });
});
