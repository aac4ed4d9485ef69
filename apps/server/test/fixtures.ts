import { openStore, type Store } from '@neighbourly/store';
import type { Express } from 'express';
import request from 'supertest';
import { defineConfig, type ServerConfig } from '../src/config.js';
import { createApp } from '../src/create-app.js';
import { ensureAdminKey } from '../src/ensure-admin-key.js';

/** The admin key every test app starts with. */
export const adminKey = 'nbk_test-admin-key-0123456789abcdef';

/** A small bilingual survey: one required rating that feeds an indicator, one background question, a comment. */
export function buildSurveyDefinition() {
  return {
    pages: [
      {
        name: 'page1',
        elements: [
          {
            type: 'rating',
            name: 'knows_neighbour',
            title: {
              en: 'I know a neighbour I could ask for help',
              nl: 'Ik ken een buur die ik om hulp kan vragen',
            },
            rateMin: 1,
            rateMax: 5,
            isRequired: true,
            neighbourly: {
              caimer: 'result',
              round: 'outcomes',
              indicators: ['knows-neighbour'],
              objectives: ['social-cohesion'],
            },
          },
          {
            type: 'radiogroup',
            name: 'age_band',
            title: { en: 'Your age', nl: 'Uw leeftijd' },
            choices: ['18-64', '65+'],
            neighbourly: { background: true },
          },
          { type: 'comment', name: 'remarks', title: { en: 'Anything else?', nl: 'Nog iets?' } },
        ],
      },
    ],
  };
}

/** An indicator set with one mean indicator on `knows_neighbour`, publishable from two respondents. */
export function buildIndicatorSet() {
  return {
    id: 'test-indicators',
    frameworkId: 'caring-neighbourhoods',
    indicators: [
      {
        id: 'knows-neighbour',
        label: { en: 'Knows a neighbour for help', nl: 'Kent een buur voor hulp' },
        objectiveId: 'social-cohesion',
        kind: 'mean',
        items: ['knows_neighbour'],
        scale: { min: 1, max: 5 },
        unit: 'score',
        minCellSize: 2,
      },
    ],
  };
}

/** A theory of change whose outcome is measured by `knows-neighbour`. */
export function buildTheoryOfChange() {
  return {
    id: 'test-toc',
    label: { en: 'Test theory of change' },
    nodes: [
      { id: 'meeting-place', kind: 'activity', label: { en: 'A neighbourhood meeting place' } },
      {
        id: 'more-contact',
        kind: 'outcome',
        label: { en: 'Neighbours know each other' },
        objectiveIds: ['social-cohesion'],
        indicatorIds: ['knows-neighbour'],
      },
      { id: 'caring', kind: 'impact', label: { en: 'A caring neighbourhood' } },
    ],
    edges: [
      { from: 'meeting-place', to: 'more-contact' },
      { from: 'more-contact', to: 'caring' },
    ],
  };
}

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
          indicatorSet: buildIndicatorSet(),
          theoryOfChange: buildTheoryOfChange(),
        });
      return expectStatus(response, 201);
    },
    async createSurvey(projectId) {
      const response = await request(app)
        .post(`/api/projects/${projectId}/surveys`)
        .set(auth())
        .send({ title: 'Buurtbevraging', round: 'outcomes', definition: buildSurveyDefinition() });
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
