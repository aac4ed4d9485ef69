import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { precomputeHeaders } from './static-headers.js';

const options = {
  contentSecurityPolicy: {
    directives: { 'default-src': ["'self'"], 'script-src': ["'self'"], 'upgrade-insecure-requests': null },
  },
};

async function headersWith(middleware: RequestHandler) {
  const app = express();
  app.use(middleware);
  app.get('/', (_req, res) => {
    res.json({});
  });
  const response = await request(app).get('/');
  const { date: _date, ...headers } = response.headers;
  return headers;
}

describe('precomputeHeaders', () => {
  it('sets exactly the headers helmet sets, computed once', async () => {
    const direct = await headersWith(helmet(options));
    const precomputed = await headersWith(precomputeHeaders(helmet(options)));
    expect(precomputed).toEqual(direct);
    expect(precomputed['content-security-policy']).toContain("script-src 'self'");
    expect(precomputed['x-content-type-options']).toBe('nosniff');
    expect(precomputed['x-powered-by']).toBeUndefined();
  });

  it('refuses a middleware that does not finish synchronously', () => {
    const late: RequestHandler = (_req, _res, next) => {
      setTimeout(next, 1);
    };
    expect(() => precomputeHeaders(late)).toThrow(/synchronously/);
  });
});
