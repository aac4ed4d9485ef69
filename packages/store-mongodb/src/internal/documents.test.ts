import { describe, expect, it } from 'vitest';
import { documentOf, fromDocument, surveyVersionDocumentId } from './documents.js';

describe('documents', () => {
  it('keeps opaque JSON as text so user keys never reach MongoDB as operators', () => {
    const response = {
      id: '01900000-0000-7000-8000-000000000001',
      projectId: 'p',
      status: 'complete',
      answers: { $where: 'x', 'a.b': 1, nested: { $gt: '' }, list: [1, null, 'x'] },
      mode: 'paper',
      createdAt: '2025-01-01T00:00:00.000Z',
    };
    const document = documentOf('responses', response);
    expect(document._id).toBe(response.id);
    expect(document).not.toHaveProperty('id');
    expect(typeof document.answers).toBe('string');
    expect(fromDocument('responses', document)).toEqual(response);
    // Responses saved before collection modes existed were answered online.
    const { mode: _mode, ...older } = document;
    expect(fromDocument('responses', older)).toEqual({ ...response, mode: 'online' });
  });

  it('derives ids for records without one and drops absent optional fields', () => {
    const version = { surveyId: 's', projectId: 'p', version: 3, definition: { pages: [] }, locked: true };
    const document = documentOf('surveyVersions', version);
    expect(document._id).toBe(surveyVersionDocumentId('s', 3));
    expect(surveyVersionDocumentId('s', 10) > surveyVersionDocumentId('s', 9)).toBe(true);
    expect(fromDocument('surveyVersions', document)).toEqual(version);
    expect(documentOf('projects', { id: 'x', context: undefined })).toEqual({ _id: 'x' });
    expect(fromDocument('responseKeys', { _id: 'p:k', projectId: 'p', key: 'k', pending: true })).toEqual({
      projectId: 'p',
      key: 'k',
    });
  });
});
