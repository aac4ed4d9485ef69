import { describe, expect, it } from 'vitest';
import { collectionNames, indexDefinitions } from './collections.js';

describe('index definitions', () => {
  it('makes unique what the model says is unique', () => {
    const unique = Object.entries(indexDefinitions).flatMap(([collection, indexes]) =>
      indexes
        .filter((index) => index.unique)
        .map((index) => `${collection}:${Object.keys(index.key).join(',')}`),
    );
    expect(unique.sort()).toEqual(
      [
        'apiKeys:keyHash',
        'accounts:email',
        'sessions:tokenHash',
        'accountLinks:tokenHash',
        'invitations:tokenHash',
        'projects:slug',
        'responseKeys:projectId,key',
        'responses:projectId,waveId,respondentId',
        'surveyVersions:projectId,surveyId,version',
      ].sort(),
    );
  });

  it('keeps anonymous responses out of the one-response-per-respondent index', () => {
    const slot = indexDefinitions.responses.find(
      (index) => index.name === 'one_response_per_respondent_and_wave',
    );
    expect(slot?.partialFilterExpression).toEqual({ respondentId: { $type: 'string' } });
  });

  it('starts every index of a project-scoped collection with projectId (shard key prefix)', () => {
    const unscoped = new Set([
      'projects',
      'apiKeys',
      'accounts',
      'sessions',
      'accountLinks',
      'mailMessages',
      'importsInProgress',
      'invitations',
    ]);
    for (const [collection, indexes] of Object.entries(indexDefinitions)) {
      if (unscoped.has(collection)) continue;
      for (const index of indexes)
        expect(Object.keys(index.key)[0], `${collection} ${index.name}`).toBe('projectId');
    }
  });

  it('names every collection once', () => {
    const names = Object.values(collectionNames);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(indexDefinitions).sort()).toEqual(Object.keys(collectionNames).sort());
  });
});
