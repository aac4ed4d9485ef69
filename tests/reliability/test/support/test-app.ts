import { Writable } from 'node:stream';
import { createApp, defineConfig, ensureAdminKey, type ServerConfig } from '@neighbourly/server';
import { openStore, type Store } from '@neighbourly/store';
import type { Express } from 'express';
import pino from 'pino';
import request from 'supertest';

/** The admin key every reliability app starts with. */
export const adminKey = 'nbk_reliability-admin-key-0123456789abcdef';

import { testIndicatorSet, testSurveyDefinition, testTheoryOfChange } from '@neighbourly/server/testing';

export { testIndicatorSet, testSurveyDefinition, testTheoryOfChange };

/** Every log line the app wrote, as text. */
export interface LogCapture {
  readonly lines: string[];
  text(): string;
}

/** A pino logger at `level` whose lines are kept in memory. */
export function captureLogs(level = 'info'): { logger: pino.Logger; capture: LogCapture } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  // No redaction configured here on purpose: the request serialisers themselves must keep secrets out.
  const logger = pino({ level }, sink);
  return { logger, capture: { lines, text: () => lines.join('') } };
}

/** An app on a real `sqlite::memory:` store with captured logs and API helpers. */
export interface ReliabilityApp {
  store: Store;
  app: Express;
  logs: LogCapture;
  auth(key?: string): { Authorization: string };
  createKey(
    role: 'admin' | 'coordinator' | 'researcher',
    projectId?: string,
  ): Promise<{ id: string; key: string }>;
  createProject(slug: string): Promise<{ id: string }>;
  createSurvey(projectId: string): Promise<{ id: string }>;
  createWave(projectId: string, surveyId: string, access?: 'invitation' | 'open'): Promise<{ id: string }>;
  invite(waveId: string, count: number): Promise<{ token: string; url: string; respondentId: string }[]>;
  close(): Promise<void>;
}

function expectStatus(response: request.Response, status: number) {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

/** Opens `sqlite::memory:`, makes the admin key and builds the app with a generous rate limit. */
export async function createReliabilityApp(overrides: Partial<ServerConfig> = {}): Promise<ReliabilityApp> {
  const store = await openStore('sqlite::memory:');
  await ensureAdminKey(store, adminKey);
  const { logger, capture } = captureLogs();
  const app = createApp({
    store,
    config: defineConfig({ NEIGHBOURLY_RATE_LIMIT: 100_000, ...overrides }),
    logger,
  });
  const auth = (key = adminKey) => ({ Authorization: `Bearer ${key}` });
  return {
    store,
    app,
    logs: capture,
    auth,
    async createKey(role, projectId) {
      const response = await request(app)
        .post('/api/keys')
        .set(auth())
        .send({ name: `${role} key`, role, ...(projectId === undefined ? {} : { projectId }) });
      const body = expectStatus(response, 201);
      return { id: body.id, key: body.key };
    },
    async createProject(slug) {
      const response = await request(app)
        .post('/api/projects')
        .set(auth())
        .send({
          name: `Zorgzame buurt ${slug}`,
          slug,
          languages: ['nl', 'en'],
          indicatorSet: testIndicatorSet(),
          theoryOfChange: testTheoryOfChange(),
        });
      return expectStatus(response, 201);
    },
    async createSurvey(projectId) {
      const response = await request(app)
        .post(`/api/projects/${projectId}/surveys`)
        .set(auth())
        .send({ title: 'Buurtbevraging', round: 'outcomes', definition: testSurveyDefinition() });
      return expectStatus(response, 201);
    },
    async createWave(projectId, surveyId, access = 'invitation') {
      const response = await request(app)
        .post(`/api/projects/${projectId}/waves`)
        .set(auth())
        .send({ surveyId, label: 'Baseline', access });
      return expectStatus(response, 201);
    },
    async invite(waveId, count) {
      const response = await request(app)
        .post(`/api/waves/${waveId}/invitations`)
        .set(auth())
        .send({ count });
      return expectStatus(response, 201);
    },
    close: () => store.close(),
  };
}

/** Everything a project holds, as its NDJSON export without volatile header fields: a fingerprint. */
export async function snapshotProject(store: Store, projectId: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of store.exportNdjson(projectId)) {
    const record = JSON.parse(line) as Record<string, unknown>;
    if (record.type === 'header') continue;
    lines.push(line);
  }
  return lines;
}

/** A fingerprint of the whole store: every project's records, the key list and the audit log. */
export async function snapshotStore(store: Store): Promise<string> {
  const projects = await store.projects.list({ limit: 1000 });
  const parts: string[] = [];
  for (const project of projects) parts.push(...(await snapshotProject(store, project.id)));
  parts.push(JSON.stringify(await store.apiKeys.list({ limit: 1000 })));
  parts.push(JSON.stringify(await store.audit.list()));
  return parts.join('\n');
}
