import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../test/fixtures.js';

describe('createApp', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer();
  });
  afterEach(() => server.close());

  it('answers the health and readiness checks', async () => {
    const health = await request(server.app).get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    const ready = await request(server.app).get('/ready');
    expect(ready.body).toEqual({ status: 'ready', store: 'sqlite' });
  });

  it('answers a closed store as 503 problem on /ready', async () => {
    await server.store.close();
    const ready = await request(server.app).get('/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ready.body).toMatchObject({ type: 'urn:neighbourly:problem:unavailable', status: 503 });
  });

  it('sets security headers and no x-powered-by', async () => {
    const response = await request(server.app).get('/health');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves vendor files by exact name only: prototype names are 404, not a crash', async () => {
    const chart = await request(server.app).get('/vendor/chart.umd.min.js');
    expect(chart.status).toBe(200);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const response = await request(server.app).get(`/vendor/${name}`);
      expect(response.status).toBe(404);
    }
  });

  it('answers unknown paths with a problem+json 404', async () => {
    const response = await request(server.app).get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      type: 'urn:neighbourly:problem:not-found',
      title: 'Not found',
      status: 404,
    });
    const page = await request(server.app).get('/nowhere');
    expect(page.status).toBe(404);
  });
});
