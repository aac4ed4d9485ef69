import request from 'supertest';
import { expect, it } from 'vitest';
import { createApp } from './create-app.js';

it('answers the health check', async () => {
  const response = await request(createApp()).get('/health');
  expect(response.status).toBe(200);
  expect(response.body).toEqual({ status: 'ok' });
});
