import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashSecret, openStore } from '@neighbourly/store';
import Database from 'better-sqlite3';
import type { Express } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineConfig, type ServerConfig } from '../src/config.js';
import { createApp } from '../src/create-app.js';
import { createRouter } from '../src/create-router.js';
import { ensureAdminKey } from '../src/ensure-admin-key.js';
import { hashedName } from '../src/internal/hashed-assets.js';
import { adminKey, createTestServer, type TestServer, testSurveyDefinition } from './fixtures.js';
import { ConformanceChecker, type Operation, rawBody, routerRoutes } from './openapi-conformance.js';

/*
 * Every route, in its success and error cases, on real apps over real SQLite stores; every answer is checked
 * against the OpenAPI document the server publishes (status, media type, body, required headers). Generic
 * rounds send each documented operation the requests that every route of its kind must refuse (malformed
 * JSON, wrong media type, too large, no key, wrong role or scope, unknown or malformed ids, rate limit,
 * broken or closed database), so a new route gets those calls without writing them; its own success and
 * problem cases are written below. At the end every documented status must have been answered.
 */

interface Call {
  key?: string | undefined;
  body?: unknown;
  /** A raw body, sent with `contentType` (default application/json). */
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

const unknownId = '0190a8c4-0000-7000-8000-000000000000';
const future = '2099-01-01T00:00:00.000Z';

describe('the OpenAPI document tells the whole truth', () => {
  let main: TestServer;
  let checker: ConformanceChecker;
  /** Calls whose status was not the one the scenario meant (the scenario, not the document, is wrong). */
  const setupFailures: string[] = [];
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const keys: Record<string, string> = {};
  /** The session cookie of an account signed in at setup (`name=value`). */
  let sessionCookie = '';

  async function call(app: Express, method: string, path: string, options: Call = {}) {
    let req = (request(app) as unknown as Record<string, (path: string) => request.Test>)[method]!(path)
      .buffer(true)
      .parse(rawBody);
    if (options.key !== undefined) req = req.set('Authorization', `Bearer ${options.key}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) req = req.set(name, value);
    if (options.raw !== undefined) {
      req = req.set('Content-Type', options.contentType ?? 'application/json').send(options.raw);
    } else if (options.body !== undefined) {
      req = req.send(options.body as object);
    }
    const response = await req;
    checker.check(response);
    return response;
  }

  /** A call the scenario expects to answer `status`; returns the parsed JSON body. */
  async function expectCall<T = { id: string; key: string }>(
    status: number,
    app: Express,
    method: string,
    path: string,
    options: Call = {},
  ): Promise<T> {
    const response = await call(app, method, path, options);
    const text = (response.body as Buffer).toString('utf8');
    if (response.status !== status) {
      setupFailures.push(
        `${method.toUpperCase()} ${path}: expected ${status}, got ${response.status} ${text}`,
      );
    }
    const type = String(response.headers['content-type'] ?? '').split(';')[0] ?? '';
    const isJson = type === 'application/json' || type.endsWith('+json');
    return (isJson && text !== '' ? JSON.parse(text) : text) as T;
  }

  const admin = () => keys.admin;

  /** A request the operation accepts (with the ids in `values`): its path, body and headers. */
  function requestFor(operation: Operation, values: Record<string, string>): { path: string } & Call {
    const path = operation.path.replace(/\{([A-Za-z]+)\}/g, (_m, name: string) => {
      const inWaves = /^\/(api\/public\/waves|o|k)\//.test(operation.path);
      const value = values[name === 'waveId' && inWaves ? 'openWaveId' : name];
      if (value === undefined) throw new Error(`no value for {${name}} in ${operation.key}`);
      return value;
    });
    const { query = '', ...rest } = validRequests[operation.key]?.(values) ?? {};
    return { path: `${path}${query}`, ...rest };
  }

  /** What each operation needs besides its path to be accepted: a body, headers, a query. */
  const validRequests: Record<string, (values: Record<string, string>) => Call & { query?: string }> = {
    'post /api/keys': () => ({ body: { name: 'Another key', role: 'researcher' } }),
    'post /api/session': () => ({ body: { email: 'nobody@example.org', password: 'not the password' } }),
    'post /api/accounts': () => ({
      body: {
        email: `${crypto.randomUUID()}@example.org`,
        name: 'Partner',
        grants: [{ role: 'coordinator', projectId: ids.project }],
      },
    }),
    'patch /api/accounts/{accountId}': () => ({ body: { name: 'Partner Noord' } }),
    'post /api/account-invitations/accept': () => ({
      body: { token: 'z'.repeat(43), password: 'a long enough password' },
    }),
    'post /api/password-resets': () => ({ body: { email: 'nobody@example.org' } }),
    'post /api/password-resets/confirm': () => ({
      body: { token: 'z'.repeat(43), password: 'a long enough password' },
    }),
    'post /api/projects': () => ({
      body: { name: 'Zorgzame buurt Oost', slug: `oost-${crypto.randomUUID()}` },
    }),
    'patch /api/projects/{projectId}': () => ({ body: { name: 'Zorgzame buurt Noord' } }),
    'post /api/projects/{projectId}/surveys': () => ({
      body: { title: 'Buurtbevraging', round: 'outcomes', definition: testSurveyDefinition() },
    }),
    'post /api/projects/{projectId}/waves': () => ({ body: { surveyId: ids.survey, label: 'Extra' } }),
    'post /api/waves/{waveId}/invitations': () => ({ body: { count: 1 } }),
    'post /api/waves/{waveId}/reminders': () => ({ body: {} }),
    'put /api/projects/{projectId}/respondents/{respondentId}/contact': () => ({
      body: { email: 'resident@example.org', language: 'nl' },
    }),
    'put /api/public/{token}/progress': () => ({ body: { answers: { age_band: '65+' } } }),
    'post /api/public/{token}/responses': () => ({ body: { answers: { knows_neighbour: 4 } } }),
    'post /api/public/waves/{waveId}/responses': () => ({
      body: { answers: { knows_neighbour: 4 } },
      headers: { 'Idempotency-Key': `generic-${crypto.randomUUID()}` },
    }),
    // Programmes name their projects in the query, so the ids of a round go there.
    'get /api/programmes/results': (values) => ({
      query: `?projects=${values.projectId},${values.siblingId}`,
    }),
    'get /api/programmes/report.pdf': (values) => ({
      query: `?projects=${values.projectId},${values.siblingId}&lang=nl`,
    }),
    'get /api/projects/{projectId}/open-answers': () => ({ query: `?waveId=${ids.baseline}` }),
    'post /api/waves/{waveId}/responses': () => ({
      body: { answers: { knows_neighbour: 4 }, mode: 'paper' },
      headers: { 'Idempotency-Key': `paper-${crypto.randomUUID()}` },
    }),
    'get /api/projects/{projectId}/comparison': () => ({ query: `?from=${ids.baseline}&to=${ids.followUp}` }),
  };

  const realValues = () => ({
    projectId: ids.project!,
    surveyId: ids.survey!,
    waveId: ids.baseline!,
    openWaveId: ids.openWave!,
    keyId: ids.spareKey!,
    accountId: ids.spareAccount!,
    respondentId: unknownId,
    invitationId: ids.revokedInvitation!,
    siblingId: ids.sibling!,
    templateId: 'outcomes-resident',
    token: tokens.spare!,
    file: 'chart.umd.min.js',
    asset: hashedName('respondent.js'),
  });
  const unknownValues = {
    projectId: unknownId,
    surveyId: unknownId,
    waveId: unknownId,
    openWaveId: unknownId,
    keyId: unknownId,
    accountId: unknownId,
    respondentId: unknownId,
    invitationId: unknownId,
    siblingId: unknownId,
    templateId: 'nothing-here',
    token: 'x'.repeat(43),
    file: 'no-such-file.js',
    asset: 'respondent.0123456789ab.js',
  };
  const malformedValues = {
    projectId: 'not-a-uuid',
    surveyId: 'not-a-uuid',
    waveId: 'not-a-uuid',
    openWaveId: 'not-a-uuid',
    keyId: 'not-a-uuid',
    accountId: 'not-a-uuid',
    respondentId: 'not-a-uuid',
    invitationId: 'not-a-uuid',
    siblingId: 'not an id!',
    templateId: 'Not A Template',
    token: 'short',
    file: 'x',
    asset: 'x',
  };

  const documents = (status: number) => (operation: Operation) =>
    operation.responses[String(status)] !== undefined;
  const keyOf = (operation: Operation) => (operation.responses['401'] === undefined ? undefined : admin());

  async function extraServer(overrides: Partial<ServerConfig>) {
    const server = await createTestServer({ NEIGHBOURLY_LOG_LEVEL: 'silent', ...overrides });
    return server;
  }

  beforeAll(async () => {
    main = await createTestServer();
    keys.admin = adminKey;
    const document = await request(main.app).get('/api/openapi.json');
    checker = new ConformanceChecker(document.body);
    await call(main.app, 'get', '/api/openapi.json');

    // Two projects: A with an indicator set and a theory of change, B with neither.
    ids.project = (
      await expectCall(201, main.app, 'post', '/api/projects', {
        key: admin(),
        body: {
          name: 'Zorgzame buurt Noord',
          slug: 'noord',
          languages: ['nl', 'en'],
          indicatorSet: (await import('./fixtures.js')).testIndicatorSet(),
          theoryOfChange: (await import('./fixtures.js')).testTheoryOfChange(),
        },
      })
    ).id;
    ids.bare = (
      await expectCall(201, main.app, 'post', '/api/projects', {
        key: admin(),
        body: { name: 'Zorgzame buurt Zuid', slug: 'zuid' },
      })
    ).id;
    // A second project with the same indicators and no answers yet, to pool with the first.
    ids.sibling = (
      await expectCall(201, main.app, 'post', '/api/projects', {
        key: admin(),
        body: {
          name: 'Zorgzame buurt West',
          slug: 'west',
          indicatorSet: (await import('./fixtures.js')).testIndicatorSet(),
        },
      })
    ).id;
    // New projects start with the template indicators and a starter theory of change: take both away, so the
    // routes that need them can answer their 409 and 404.
    await expectCall(200, main.app, 'patch', `/api/projects/${ids.bare}`, {
      key: admin(),
      body: { indicatorSet: null, theoryOfChange: null },
    });
    for (const [name, role, projectId] of [
      ['coordinator', 'coordinator', ids.project],
      ['researcherB', 'researcher', ids.bare],
      ['spare', 'researcher', ids.project],
    ] as const) {
      const created = await expectCall(201, main.app, 'post', '/api/keys', {
        key: admin(),
        body: { name: `${name} key`, role, projectId },
      });
      keys[name] = created.key;
      if (name === 'spare') ids.spareKey = created.id;
    }
    ids.spareAccount = (
      await expectCall(201, main.app, 'post', '/api/accounts', {
        key: admin(),
        ...validRequests['post /api/accounts']!({}),
      })
    ).id;
    // The spare account accepts its invitation and signs in: its cookie serves the CSRF round below.
    const spareToken = 'spare-account-invitation-token-0123';
    await main.store.accountLinks.create({
      accountId: ids.spareAccount,
      purpose: 'invitation',
      tokenHash: hashSecret(spareToken),
      expiresAt: future,
    });
    await expectCall(204, main.app, 'post', '/api/account-invitations/accept', {
      body: { token: spareToken, password: 'the spare password' },
    });
    const spareEmail = (await main.store.accounts.get(ids.spareAccount))?.email;
    const signedIn = await call(main.app, 'post', '/api/session', {
      body: { email: spareEmail, password: 'the spare password' },
    });
    sessionCookie = String(signedIn.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    ids.survey = (
      await expectCall(201, main.app, 'post', `/api/projects/${ids.project}/surveys`, {
        key: keys.coordinator,
        ...validRequests['post /api/projects/{projectId}/surveys']!({}),
      })
    ).id;
    const wave = async (label: string, access: 'invitation' | 'open', extra: object = {}) =>
      (
        await expectCall(201, main.app, 'post', `/api/projects/${ids.project}/waves`, {
          key: keys.coordinator,
          body: { surveyId: ids.survey, label, access, ...extra },
        })
      ).id as string;
    ids.baseline = await wave('Baseline', 'invitation');
    ids.followUp = await wave('Follow-up', 'invitation');
    ids.openWave = await wave('Open', 'open');
    ids.notYetOpen = await wave('Later', 'invitation', { opensAt: future });
    ids.openNotYet = await wave('Open later', 'open', { opensAt: future });
    ids.closedWave = await wave('Closed', 'invitation');
    ids.openClosed = await wave('Open closed', 'open');
    ids.letters = await wave('Letters', 'invitation');

    const invite = async (waveId: string, count: number) =>
      (await expectCall(201, main.app, 'post', `/api/waves/${waveId}/invitations`, {
        key: keys.coordinator,
        body: { count },
      })) as unknown as { token: string; respondentId: string }[];
    const baseline = await invite(ids.baseline, 4);
    const followUp = await invite(ids.followUp, 2);
    for (const [index, invitation] of baseline.entries()) tokens[`baseline${index}`] = invitation.token;
    tokens.spare = baseline[3]!.token;
    ids.erasable = baseline[2]!.respondentId;
    tokens.followUp0 = followUp[0]!.token;
    tokens.followUp1 = followUp[1]!.token;
    tokens.notYetOpen = (await invite(ids.notYetOpen, 1))[0]!.token;
    tokens.closed = (await invite(ids.closedWave, 1))[0]!.token;
    await invite(ids.letters, 2);
    ids.completedInvitation = (baseline[0] as unknown as { invitationId: string }).invitationId;
    const [revoked] = (await invite(ids.baseline, 1)) as unknown as { token: string; invitationId: string }[];
    tokens.revoked = revoked!.token;
    ids.revokedInvitation = revoked!.invitationId;
    await expectCall(204, main.app, 'delete', `/api/invitations/${revoked!.invitationId}`, {
      key: keys.coordinator,
    });
    for (const waveId of [ids.closedWave, ids.openClosed]) {
      await expectCall(200, main.app, 'post', `/api/waves/${waveId}/close`, { key: keys.coordinator });
    }
    // Answers in two rounds, so indicators, the comparison, progress and the report have numbers.
    for (const [token, score] of [
      [tokens.baseline0, 2],
      [tokens.baseline1, 3],
      [tokens.followUp0, 4],
      [tokens.followUp1, 5],
    ] as const) {
      await expectCall(201, main.app, 'post', `/api/public/${token}/responses`, {
        body: { answers: { knows_neighbour: score, age_band: '65+' }, language: 'nl' },
      });
    }
  });

  afterAll(async () => {
    await main?.close();
  });

  it('answers every route’s success and own problems as documented', async () => {
    const { app } = main;
    const A = ids.project;
    const B = ids.bare;
    // System
    await expectCall(200, app, 'get', '/health');
    await expectCall(200, app, 'get', '/ready');
    // Keys
    await expectCall(200, app, 'get', '/api/me', { key: keys.coordinator });
    await expectCall(200, app, 'get', '/api/keys', { key: admin() });
    const extra = await expectCall(201, app, 'post', '/api/keys', {
      key: admin(),
      body: { name: 'Short-lived', role: 'coordinator' },
    });
    await expectCall(422, app, 'post', '/api/keys', {
      key: admin(),
      body: { name: 'x', role: 'coordinator', projectId: unknownId },
    });
    await expectCall(204, app, 'delete', `/api/keys/${extra.id}`, { key: admin() });
    // Accounts, sign-in and one-time links
    const invited = await expectCall<{ id: string; invitation: { token: string } }>(
      201,
      app,
      'post',
      '/api/accounts',
      {
        key: admin(),
        body: {
          email: 'an@example.org',
          name: 'An',
          language: 'fr',
          grants: [{ role: 'coordinator', projectId: A }],
        },
      },
    );
    await expectCall(409, app, 'post', '/api/accounts', {
      key: admin(),
      body: { email: 'AN@example.org', name: 'An again', grants: [{ role: 'researcher', projectId: A }] },
    });
    await expectCall(422, app, 'post', '/api/accounts', {
      key: admin(),
      body: { email: 'x@example.org', name: 'X', grants: [{ role: 'researcher', projectId: unknownId }] },
    });
    await expectCall(200, app, 'get', '/api/accounts', { key: admin() });
    await expectCall(409, app, 'patch', `/api/accounts/${invited.id}`, {
      key: admin(),
      body: { status: 'active' },
    });
    await expectCall(409, app, 'post', `/api/accounts/${invited.id}/password-reset`, { key: admin() });
    const renewed = await expectCall<{ token: string }>(
      201,
      app,
      'post',
      `/api/accounts/${invited.id}/invitation`,
      {
        key: admin(),
      },
    );
    const password = 'correct horse battery staple';
    await expectCall(410, app, 'post', '/api/account-invitations/accept', {
      body: { token: invited.invitation.token, password },
    });
    await expectCall(204, app, 'post', '/api/account-invitations/accept', {
      body: { token: renewed.token, password },
    });
    await expectCall(409, app, 'post', `/api/accounts/${invited.id}/invitation`, { key: admin() });
    await expectCall(200, app, 'patch', `/api/accounts/${invited.id}`, {
      key: admin(),
      body: { grants: [{ role: 'researcher', projectId: A }] },
    });
    await expectCall(401, app, 'post', '/api/session', {
      body: { email: 'an@example.org', password: 'wrong password' },
    });
    const signIn = async () => {
      const response = await call(app, 'post', '/api/session', {
        body: { email: 'an@example.org', password },
      });
      const cookie = String(response.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
      const { csrfToken } = JSON.parse((response.body as Buffer).toString('utf8')) as { csrfToken: string };
      return { Cookie: cookie, 'X-CSRF-Token': csrfToken };
    };
    const session = await signIn();
    await expectCall(200, app, 'get', '/api/me', { headers: { Cookie: session.Cookie } });
    await expectCall(403, app, 'delete', '/api/session', { headers: { Cookie: session.Cookie } });
    await expectCall(204, app, 'delete', '/api/session', { headers: session });
    await expectCall(204, app, 'delete', '/api/sessions', { headers: await signIn() });
    // Asking for a reset spends earlier links: the admin's link made after it is the one that works.
    await expectCall(202, app, 'post', '/api/password-resets', { body: { email: 'an@example.org' } });
    const reset = await expectCall<{ token: string }>(
      201,
      app,
      'post',
      `/api/accounts/${invited.id}/password-reset`,
      {
        key: admin(),
      },
    );
    await expectCall(204, app, 'post', '/api/password-resets/confirm', {
      body: { token: reset.token, password: 'another long password' },
    });
    await expectCall(410, app, 'post', '/api/password-resets/confirm', {
      body: { token: reset.token, password: 'another long password' },
    });
    // Projects
    await expectCall(200, app, 'get', '/api/projects', { key: keys.coordinator });
    await expectCall(200, app, 'get', `/api/projects/${A}`, { key: keys.coordinator });
    await expectCall(409, app, 'post', '/api/projects', {
      key: admin(),
      body: { name: 'Again', slug: 'noord' },
    });
    await expectCall(200, app, 'patch', `/api/projects/${A}`, {
      key: keys.coordinator,
      body: { name: 'Noord' },
    });
    await expectCall(409, app, 'patch', `/api/projects/${B}`, { key: admin(), body: { slug: 'noord' } });
    await expectCall(422, app, 'patch', `/api/projects/${A}`, {
      key: admin(),
      body: { indicatorSet: { id: 'x', indicators: [{ id: 'y' }] } },
    });
    // Surveys
    await expectCall(200, app, 'get', `/api/projects/${A}/surveys`, { key: keys.coordinator });
    await expectCall(200, app, 'get', `/api/projects/${A}/surveys/${ids.survey}`, { key: keys.coordinator });
    await expectCall(422, app, 'post', `/api/projects/${A}/surveys`, {
      key: keys.coordinator,
      body: {
        title: 'Unknown indicator',
        round: 'outcomes',
        definition: {
          elements: [{ type: 'text', name: 'a', neighbourly: { indicators: ['no-such-indicator'] } }],
        },
      },
    });
    // Waves and invitations
    await expectCall(200, app, 'get', `/api/projects/${A}/waves`, { key: keys.coordinator });
    await expectCall(422, app, 'post', `/api/projects/${A}/waves`, {
      key: keys.coordinator,
      body: { surveyId: unknownId, label: 'Nope' },
    });
    await expectCall(409, app, 'post', `/api/waves/${ids.openWave}/invitations`, {
      key: keys.coordinator,
      body: { count: 1 },
    });
    await expectCall(410, app, 'post', `/api/waves/${ids.closedWave}/invitations`, {
      key: keys.coordinator,
      body: { count: 1 },
    });
    await expectCall(422, app, 'post', `/api/waves/${ids.baseline}/invitations`, {
      key: keys.coordinator,
      body: { respondentIds: [unknownId] },
    });
    await expectCall(200, app, 'get', `/api/waves/${ids.baseline}/invitations`, { key: keys.coordinator });
    await expectCall(204, app, 'delete', `/api/invitations/${ids.revokedInvitation}`, {
      key: keys.coordinator,
    });
    await expectCall(409, app, 'delete', `/api/invitations/${ids.completedInvitation}`, {
      key: keys.coordinator,
    });
    // Questionnaire templates
    await expectCall(200, app, 'get', '/api/survey-templates', { key: keys.coordinator });
    await expectCall(200, app, 'get', '/api/survey-templates/outcomes-resident', { key: keys.coordinator });
    await expectCall(404, app, 'get', '/api/survey-templates/nothing-here', { key: keys.coordinator });
    // Respondents with an invitation link
    const fresh = tokens.baseline2;
    await expectCall(200, app, 'get', `/api/public/${fresh}/survey?lang=en`);
    await expectCall(200, app, 'put', `/api/public/${fresh}/progress`, {
      body: { answers: { age_band: '65+' } },
    });
    await expectCall(422, app, 'post', `/api/public/${fresh}/responses`, {
      body: { answers: { age_band: 'teen' } },
    });
    for (const [method, suffix, body] of [
      ['get', 'survey', undefined],
      ['put', 'progress', { answers: {} }],
      ['post', 'responses', { answers: { knows_neighbour: 3 } }],
    ] as const) {
      await expectCall(409, app, method, `/api/public/${tokens.baseline0}/${suffix}`, { body }); // used
      await expectCall(409, app, method, `/api/public/${tokens.notYetOpen}/${suffix}`, { body });
      await expectCall(410, app, method, `/api/public/${tokens.closed}/${suffix}`, { body });
      await expectCall(410, app, method, `/api/public/${tokens.revoked}/${suffix}`, { body });
    }
    // Respondents of a wave open to anyone
    await expectCall(200, app, 'get', `/api/public/waves/${ids.openWave}/survey`);
    const once = {
      body: { answers: { knows_neighbour: 4 } },
      headers: { 'Idempotency-Key': 'conformance-1' },
    };
    await expectCall(201, app, 'post', `/api/public/waves/${ids.openWave}/responses`, once);
    await expectCall(200, app, 'post', `/api/public/waves/${ids.openWave}/responses`, once);
    await expectCall(422, app, 'post', `/api/public/waves/${ids.openWave}/responses`, {
      body: { answers: { knows_neighbour: 4 } },
    });
    for (const [method, suffix, body] of [
      ['get', 'survey', undefined],
      ['post', 'responses', { answers: { knows_neighbour: 3 } }],
    ] as const) {
      const headers = { 'Idempotency-Key': `conformance-${crypto.randomUUID()}` };
      await expectCall(409, app, method, `/api/public/waves/${ids.openNotYet}/${suffix}`, { body, headers });
      await expectCall(410, app, method, `/api/public/waves/${ids.openClosed}/${suffix}`, { body, headers });
      await expectCall(404, app, method, `/api/public/waves/${ids.baseline}/${suffix}`, { body, headers });
    }
    // Staff entry of paper questionnaires and interviews
    await expectCall(200, app, 'get', `/api/waves/${ids.baseline}/survey`, { key: keys.coordinator });
    const paper = {
      key: keys.coordinator,
      body: { answers: { knows_neighbour: 3 }, mode: 'paper' },
      headers: { 'Idempotency-Key': `paper-${crypto.randomUUID()}` },
    };
    await expectCall(201, app, 'post', `/api/waves/${ids.baseline}/responses`, paper);
    await expectCall(200, app, 'post', `/api/waves/${ids.baseline}/responses`, paper); // replayed
    await expectCall(409, app, 'post', `/api/waves/${ids.baseline}/responses`, {
      key: keys.coordinator,
      body: { answers: { knows_neighbour: 3 }, mode: 'interview', code: tokens.baseline0 }, // answered already
    });
    // Printed questionnaires and invitation letters (letters give pending invitations new codes: a wave of its own)
    await expectCall(200, app, 'get', `/api/projects/${A}/waves/${ids.baseline}/questionnaire.pdf?lang=nl`, {
      key: keys.coordinator,
    });
    await expectCall(200, app, 'get', `/api/projects/${A}/waves/${ids.letters}/invitations/letters.pdf`, {
      key: keys.coordinator,
    });
    await expectCall(409, app, 'get', `/api/projects/${A}/waves/${ids.openWave}/invitations/letters.pdf`, {
      key: keys.coordinator,
    });
    // Indicators, comparison, theory of change, report
    const researcher = keys.spare;
    await expectCall(200, app, 'get', `/api/projects/${A}/indicators?groupBy=age_band`, { key: researcher });
    await expectCall(404, app, 'get', `/api/projects/${A}/indicators?waveId=${unknownId}`, {
      key: researcher,
    });
    await expectCall(409, app, 'get', `/api/projects/${B}/indicators`, { key: admin() });
    const pair = `from=${ids.baseline}&to=${ids.followUp}`;
    await expectCall(200, app, 'get', `/api/projects/${A}/comparison?${pair}`, { key: researcher });
    await expectCall(409, app, 'get', `/api/projects/${B}/comparison?${pair}`, { key: admin() });
    await expectCall(
      422,
      app,
      'get',
      `/api/projects/${A}/comparison?from=${ids.baseline}&to=${ids.baseline}`,
      {
        key: researcher,
      },
    );
    await expectCall(200, app, 'get', `/api/projects/${A}/theory-of-change?lang=nl`, { key: researcher });
    await expectCall(200, app, 'get', `/api/projects/${A}/open-answers?waveId=${ids.baseline}`, {
      key: researcher,
    });
    await expectCall(404, app, 'get', `/api/projects/${B}/theory-of-change`, { key: admin() });
    await expectCall(200, app, 'get', `/api/projects/${A}/report.pdf?lang=fr`, { key: keys.coordinator });
    await expectCall(409, app, 'get', `/api/projects/${B}/report.pdf`, { key: admin() });
    // Programmes: several projects pooled
    const programme = `projects=${A},${ids.sibling}`;
    await expectCall(200, app, 'get', `/api/programmes/results?${programme}`, { key: admin() });
    await expectCall(200, app, 'get', `/api/programmes/report.pdf?${programme}&lang=fr`, { key: admin() });
    for (const route of ['results', 'report.pdf']) {
      await expectCall(404, app, 'get', `/api/programmes/${route}?projects=${A},${unknownId}`, {
        key: admin(),
      });
      await expectCall(409, app, 'get', `/api/programmes/${route}?projects=${A},${B}`, { key: admin() });
    }
    // E-mail: off on this server (409), on on another one (where no sender runs: e-mails are only queued)
    await expectCall(204, app, 'put', `/api/projects/${A}/respondents/${ids.erasable}/contact`, {
      key: keys.coordinator,
      body: { name: 'Resident', email: 'resident@example.org', language: 'en' },
    });
    await expectCall(409, app, 'post', `/api/waves/${ids.baseline}/invitations/send`, {
      key: keys.coordinator,
    });
    await expectCall(409, app, 'post', `/api/waves/${ids.baseline}/reminders`, {
      key: keys.coordinator,
      body: {},
    });
    await expectCall(200, app, 'get', `/api/waves/${ids.baseline}/reminders`, { key: keys.coordinator });
    const mailing = await extraServer({
      NEIGHBOURLY_SMTP_URL: 'smtp://127.0.0.1:2525',
      NEIGHBOURLY_MAIL_FROM: 'enquete@example.org',
      NEIGHBOURLY_PUBLIC_URL: 'http://neighbourly.test',
    });
    try {
      const project = await mailing.createProject();
      const survey = await mailing.createSurvey(project.id);
      const open = await mailing.createWave(project.id, survey.id);
      const [invited] = await mailing.invite(open.id, 1);
      await expectCall(
        204,
        mailing.app,
        'put',
        `/api/projects/${project.id}/respondents/${invited!.respondentId}/contact`,
        {
          key: admin(),
          body: { email: 'resident@example.org' },
        },
      );
      await expectCall(202, mailing.app, 'post', `/api/waves/${open.id}/invitations/send`, { key: admin() });
      await expectCall(202, mailing.app, 'post', `/api/waves/${open.id}/reminders`, {
        key: admin(),
        body: { at: future },
      });
      await expectCall(200, mailing.app, 'get', `/api/waves/${open.id}/reminders`, { key: admin() });
      const closed = await mailing.createWave(project.id, survey.id);
      await expectCall(200, mailing.app, 'post', `/api/waves/${closed.id}/close`, { key: admin() });
      await expectCall(410, mailing.app, 'post', `/api/waves/${closed.id}/invitations/send`, {
        key: admin(),
      });
      await expectCall(410, mailing.app, 'post', `/api/waves/${closed.id}/reminders`, {
        key: admin(),
        body: {},
      });
    } finally {
      await mailing.close();
    }
    // Exports and erasure
    for (const format of ['csv', 'ndjson']) {
      for (const layout of ['wide', 'long']) {
        await expectCall(200, app, 'get', `/api/projects/${A}/responses.${format}?layout=${layout}`, {
          key: researcher,
        });
      }
      await expectCall(422, app, 'get', `/api/projects/${A}/responses.${format}?layout=tall`, {
        key: researcher,
      });
    }
    await expectCall(200, app, 'delete', `/api/projects/${A}/respondents/${ids.erasable}`, {
      key: keys.coordinator,
    });
    // Pages
    await expectCall(200, app, 'get', `/s/${tokens.spare}`);
    await expectCall(200, app, 'get', `/o/${ids.openWave}`);
    await expectCall(200, app, 'get', `/k/${ids.openWave}`);
    await expectCall(200, app, 'get', '/c');
    await expectCall(409, app, 'get', `/s/${tokens.baseline0}`); // answered already
    await expectCall(410, app, 'get', `/s/${tokens.revoked}`);
    for (const kind of ['o', 'k']) {
      await expectCall(409, app, 'get', `/${kind}/${ids.openNotYet}`);
      await expectCall(410, app, 'get', `/${kind}/${ids.openClosed}`);
    }
    const asset = hashedName('respondent.js');
    await expectCall(200, app, 'get', `/static/${asset}`);
    await expectCall(304, app, 'get', `/static/${asset}`, {
      headers: { 'If-None-Match': `"${asset.split('.').at(-2)}"` },
    });
    await expectCall(302, app, 'get', '/dashboard');
    await expectCall(302, app, 'get', '/');
    await expectCall(200, app, 'get', '/vendor/chart.umd.min.js');
    await expectCall(200, app, 'get', '/vendor/survey-core.fontless.min.css');
    // The survey's own version was created: a wave on it is not needed further.
    await expectCall(201, app, 'post', `/api/projects/${A}/waves`, {
      key: keys.coordinator,
      ...validRequests['post /api/projects/{projectId}/waves']!({}),
    });
    await expectCall(201, app, 'post', '/api/projects', {
      key: admin(),
      ...validRequests['post /api/projects']!({}),
    });
    expect(setupFailures.splice(0)).toEqual([]);
  });

  it('answers the problems every route of a kind can answer, as documented', async () => {
    const { app } = main;
    const operations = checker.operations;
    const real = realValues();
    for (const operation of operations) {
      const { path, body: _ignored, ...rest } = requestFor(operation, real);
      // Malformed JSON (400) and an unsupported charset (415) reach every route: the router reads any body.
      await expectCall(400, app, operation.method, path, {
        ...rest,
        key: keyOf(operation),
        raw: '{"broken":',
      });
      const wrongType = operation.hasBody
        ? { raw: 'hello', contentType: 'text/plain' }
        : { raw: '{}', contentType: 'application/json; charset=iso-8859-1' };
      await expectCall(415, app, operation.method, path, { ...rest, key: keyOf(operation), ...wrongType });
    }
    for (const operation of operations.filter(documents(401))) {
      const { path, ...rest } = requestFor(operation, real);
      await expectCall(401, app, operation.method, path, { ...rest, key: undefined });
      await expectCall(401, app, operation.method, path, { ...rest, key: 'nbk_wrong-key-0123456789abcdef' });
    }
    // Sign-out admits every role: only a session cookie without its CSRF token is refused there.
    const csrfOnly = new Set(['delete /api/session', 'delete /api/sessions']);
    for (const operation of operations.filter(documents(403))) {
      // A researcher limited to project B: refused by role, or by scope on project A's records.
      const { path, ...rest } = requestFor(operation, real);
      if (csrfOnly.has(operation.key)) {
        await expectCall(403, app, operation.method, path, { ...rest, headers: { Cookie: sessionCookie } });
      } else await expectCall(403, app, operation.method, path, { ...rest, key: keys.researcherB });
    }
    for (const operation of operations.filter(documents(404))) {
      const { path, ...rest } = requestFor(operation, unknownValues);
      await expectCall(404, app, operation.method, path, { ...rest, key: keyOf(operation) });
    }
    for (const operation of operations.filter(documents(422))) {
      const hasIds = operation.path.includes('{') || operation.path.startsWith('/api/programmes/');
      const { path, ...rest } = requestFor(operation, hasIds ? malformedValues : real);
      const body = hasIds ? rest.body : { unexpected: true };
      await expectCall(422, app, operation.method, path, { ...rest, body, key: keyOf(operation) });
    }
    expect(setupFailures.splice(0)).toEqual([]);
  });

  it('answers 413 for bodies over the limit on every route', async () => {
    const small = await extraServer({ NEIGHBOURLY_BODY_LIMIT: '1kb' });
    try {
      for (const operation of checker.operations) {
        const { path } = requestFor(operation, realValues());
        await expectCall(413, small.app, operation.method, path, { body: { blob: 'x'.repeat(2000) } });
      }
    } finally {
      await small.close();
    }
    expect(setupFailures.splice(0)).toEqual([]);
  });

  it('answers 429 with Retry-After on every rate-limited route', async () => {
    const limited = await extraServer({ NEIGHBOURLY_RATE_LIMIT: 1 });
    try {
      await call(limited.app, 'get', '/dashboard');
      const rateLimited = checker.operations.filter(documents(429));
      expect(rateLimited.length).toBeGreaterThan(0);
      // The first rate-limited request uses up the budget of one; every one after it is refused.
      await call(limited.app, 'get', `/s/${'y'.repeat(43)}`);
      for (const operation of rateLimited) {
        const { path, ...rest } = requestFor(operation, unknownValues);
        await expectCall(429, limited.app, operation.method, path, rest);
      }
    } finally {
      await limited.close();
    }
    expect(setupFailures.splice(0)).toEqual([]);
  });

  it('answers 503 when the database is closed and 500 when it is broken', async () => {
    const config = defineConfig({ NEIGHBOURLY_LOG_LEVEL: 'silent' });
    const closed = await openStore('sqlite::memory:');
    await ensureAdminKey(closed, adminKey);
    const closedApp = createApp({ store: closed, config });
    await closed.close();
    const dir = mkdtempSync(join(tmpdir(), 'neighbourly-conformance-'));
    const file = join(dir, 'broken.db');
    const broken = await openStore(`sqlite:${file}`);
    try {
      await ensureAdminKey(broken, adminKey);
      const brokenApp = createApp({ store: broken, config });
      // Another connection renames the tables the first queries of every request read: SQLite errors that
      // are no store error, so the server answers 500 and reveals nothing.
      const db = new Database(file);
      for (const table of ['api_keys', 'invitations', 'waves', 'accounts', 'account_links'])
        db.exec(`ALTER TABLE ${table} RENAME TO ${table}_gone`);
      db.close();
      for (const operation of checker.operations) {
        const { path, ...rest } = requestFor(operation, realValues());
        const usesStore = operation.responses['503'] !== undefined;
        const options = { ...rest, key: adminKey };
        const ok = operation.path === '/' || operation.path === '/dashboard' ? 302 : 200;
        await expectCall(usesStore ? 503 : ok, closedApp, operation.method, path, options);
        const answersDespiteBrokenTables = !usesStore || operation.key === 'get /ready';
        await expectCall(answersDespiteBrokenTables ? ok : 500, brokenApp, operation.method, path, options);
      }
    } finally {
      await broken.close();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(setupFailures.splice(0)).toEqual([]);
  });

  it('has an entry for every route of the router, and a route for every entry', async () => {
    const router = createRouter({
      store: main.store,
      config: defineConfig({ NEIGHBOURLY_LOG_LEVEL: 'silent' }),
    });
    const served = routerRoutes(router).sort();
    const documented = checker.operations.map((operation) => operation.key).sort();
    expect(
      served.filter((route) => !documented.includes(route)),
      'routes without a document entry',
    ).toEqual([]);
    expect(
      documented.filter((route) => !served.includes(route)),
      'document entries without a route',
    ).toEqual([]);
  });

  it('found no mismatch, and every documented status was answered', () => {
    // 500 needs a bug where no database is read: /health, this document, the pages, and /ready (which
    // answers 503 for any failure of its database round trip).
    const onlyByBug = (entry: string) => {
      const [method, path, status] = entry.split(' ');
      const operation = checker.operations.find((candidate) => candidate.key === `${method} ${path}`);
      return status === '500' && (operation?.responses['503'] === undefined || path === '/ready');
    };
    const unexercised = checker.unexercised();
    console.info(
      `OpenAPI conformance: ${checker.calls} calls over ${checker.operations.length} operations, ` +
        `${checker.mismatches.length} mismatches; not answered (only a bug can): ${unexercised.filter(onlyByBug).join(', ')}`,
    );
    expect(checker.mismatches).toEqual([]);
    expect(unexercised.filter((entry) => !onlyByBug(entry))).toEqual([]);
  });
});
