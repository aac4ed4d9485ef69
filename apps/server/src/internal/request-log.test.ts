import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { requestLogger } from './request-log.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  return { logger, lines };
}

describe('requestLogger', () => {
  it('writes one line per request: method, URL without tokens, status, time; no headers or bodies', async () => {
    const { logger, lines } = capture();
    const app = express();
    app.use(requestLogger(logger));
    app.use(express.json());
    app.post('/api/public/:token/responses', (_req, res) => {
      res.status(201).json({ ok: true });
    });
    await request(app)
      .post('/api/public/secret-token-1234567890abc/responses')
      .set('Authorization', 'Bearer nbk_secret')
      .set('Idempotency-Key', 'key-secret-123')
      .send({ answers: { wellbeing: 'answer-secret' } })
      .expect(201);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 30,
      req: { id: 1, method: 'POST', url: '/api/public/[token]/responses' },
      res: { statusCode: 201 },
      msg: 'POST /api/public/[token]/responses 201',
    });
    expect(typeof line?.responseTime).toBe('number');
    const text = JSON.stringify(lines);
    for (const secret of ['secret-token', 'nbk_secret', 'key-secret', 'answer-secret']) {
      expect(text).not.toContain(secret);
    }
  });

  it('logs 5xx answers at error level and numbers requests', async () => {
    const { logger, lines } = capture();
    const app = express();
    app.use(requestLogger(logger));
    app.get('/fail', (_req, res) => {
      res.status(503).end();
    });
    app.get('/ok', (_req, res) => {
      res.end();
    });
    await request(app).get('/ok').expect(200);
    await request(app).get('/fail').expect(503);
    expect(lines.map((line) => [line.level, (line.req as { id: number }).id])).toEqual([
      [30, 1],
      [50, 2],
    ]);
  });

  it('writes nothing below its level', async () => {
    const { logger, lines } = capture();
    logger.level = 'warn';
    const app = express();
    app.use(requestLogger(logger));
    app.get('/ok', (_req, res) => {
      res.end();
    });
    await request(app).get('/ok').expect(200);
    expect(lines).toEqual([]);
  });
});
