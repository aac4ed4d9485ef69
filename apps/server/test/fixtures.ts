import { openStore, type Store } from '@neighbourly/store';
import type { Express } from 'express';
import request from 'supertest';
import { defineConfig, type ServerConfig } from '../src/config.js';
import { createApp } from '../src/create-app.js';
import { ensureAdminKey } from '../src/ensure-admin-key.js';

/** The admin key every test app starts with. */
export const adminKey = 'nbk_test-admin-key-0123456789abcdef';

import { testIndicatorSet, testSurveyDefinition, testTheoryOfChange } from '../src/testing.js';

export { testIndicatorSet, testSurveyDefinition, testTheoryOfChange };

/** A test server on a real in-memory SQLite store, with helpers that go through the API. */
export interface TestServer {
  store: Store;
  app: Express;
  auth(key?: string): { Authorization: string };
  createKey(role: 'admin' | 'coordinator' | 'researcher', projectId?: string): Promise<string>;
  createProject(slug?: string): Promise<{ id: string }>;
  createSurvey(projectId: string): Promise<{ id: string }>;
  createWave(projectId: string, surveyId: string, access?: 'invitation' | 'open'): Promise<{ id: string }>;
  invite(waveId: string, count: number): Promise<{ token: string; url: string; respondentId: string }[]>;
  close(): Promise<void>;
}

/** Opens `sqlite::memory:` and builds the app with silent logs. */
export async function createTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const store = await openStore('sqlite::memory:');
  await ensureAdminKey(store, adminKey);
  const app = createApp({ store, config: defineConfig({ NEIGHBOURLY_LOG_LEVEL: 'silent', ...overrides }) });
  const auth = (key = adminKey) => ({ Authorization: `Bearer ${key}` });
  const expectStatus = (response: request.Response, status: number) => {
    if (response.status !== status) {
      throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    }
    return response.body;
  };
  let projects = 0;
  return {
    store,
    app,
    auth,
    async createKey(role, projectId) {
      const response = await request(app)
        .post('/api/keys')
        .set(auth())
        .send({ name: `${role} key`, role, ...(projectId === undefined ? {} : { projectId }) });
      return expectStatus(response, 201).key;
    },
    async createProject(slug) {
      projects += 1;
      const response = await request(app)
        .post('/api/projects')
        .set(auth())
        .send({
          name: 'Zorgzame buurt Noord',
          slug: slug ?? `noord-${projects}`,
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
