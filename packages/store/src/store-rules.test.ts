import { describe, expect, it } from 'vitest';
import type { Invitation } from './invitation.js';
import { applyPatch, checkInvitationUse, newResponse, nextResponse } from './store-rules.js';
import type { Wave } from './wave.js';

const wave = {
  id: 'w1',
  projectId: 'p1',
  surveyId: 's1',
  surveyVersion: 2,
  label: 'Baseline',
  access: 'invitation',
  status: 'open',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} as Wave;
const invitation = {
  id: 'i1',
  projectId: 'p1',
  waveId: 'w1',
  respondentId: 'r1',
  tokenHash: 'h',
  status: 'pending',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-02-01T00:00:00.000Z',
} as unknown as Invitation;
const at = '2026-01-15T00:00:00.000Z';

describe('checkInvitationUse', () => {
  it('accepts a pending invitation of the wave and its respondent', () => {
    expect(() => checkInvitationUse(invitation, wave, 'r1', at)).not.toThrow();
    expect(() => checkInvitationUse(invitation, wave, undefined, at)).not.toThrow();
  });
  it('refuses another wave or respondent, revoked, expired and completed invitations', () => {
    const code = (use: () => void) => {
      try {
        use();
      } catch (error) {
        return (error as { code: string }).code;
      }
      return 'none';
    };
    expect(code(() => checkInvitationUse(invitation, { ...wave, id: 'w2' }, 'r1', at))).toBe('conflict');
    expect(code(() => checkInvitationUse(invitation, wave, 'r2', at))).toBe('conflict');
    expect(code(() => checkInvitationUse({ ...invitation, status: 'revoked' }, wave, 'r1', at))).toBe(
      'conflict',
    );
    expect(code(() => checkInvitationUse(invitation, wave, 'r1', '2026-03-01T00:00:00.000Z'))).toBe(
      'conflict',
    );
    expect(code(() => checkInvitationUse({ ...invitation, status: 'completed' }, wave, 'r1', at))).toBe(
      'already-complete',
    );
  });
});

describe('newResponse and nextResponse', () => {
  it('builds a response of the wave and completes it later, keeping id and creation time', () => {
    const partial = newResponse({
      id: 'x1',
      wave,
      data: { status: 'partial', answers: { q1: 1 }, mode: 'paper' },
      respondentId: 'r1',
      invitation,
      at,
    });
    expect(partial).toEqual({
      id: 'x1',
      projectId: 'p1',
      waveId: 'w1',
      surveyId: 's1',
      surveyVersion: 2,
      status: 'partial',
      answers: { q1: 1 },
      mode: 'paper',
      respondentId: 'r1',
      invitationId: 'i1',
      createdAt: at,
      updatedAt: at,
    });
    const later = '2026-01-16T00:00:00.000Z';
    const complete = nextResponse(
      partial,
      { status: 'complete', answers: { q1: 2 }, language: 'nl', mode: 'paper' },
      undefined,
      later,
    );
    expect(complete).toMatchObject({
      id: 'x1',
      createdAt: at,
      updatedAt: later,
      submittedAt: later,
      language: 'nl',
    });
    expect(complete.answers).toEqual({ q1: 2 });
  });
});

describe('applyPatch', () => {
  it('keeps absent fields, removes null ones, replaces the rest and stamps updatedAt', () => {
    const record = { a: 1, b: 2, c: 3, updatedAt: 'then' };
    expect(applyPatch(record, { a: undefined, b: null, c: 4 }, 'now')).toEqual({
      a: 1,
      c: 4,
      updatedAt: 'now',
    });
  });
});
